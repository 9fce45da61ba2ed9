/// Where document bytes live: the one seam between Meteor and a file system.
///
/// ``FileStore`` is the real one (POSIX files, atomic renames, `flock`); ``InMemoryStore`` is
/// the double used by tests. Both pass the same conformance suite. Paths are `/`-separated
/// strings; a store knows nothing about entries, only bytes.
public protocol DocumentStore: AnyObject, Sendable {
    /// Reads a whole file.
    ///
    /// - Parameter path: The file.
    /// - Returns: Its bytes and fingerprint.
    /// - Throws: ``DiagnosticKind/ioError`` when it cannot be read or does not exist.
    func read(_ path: String) throws(MeteorError) -> StoredFile

    /// The fingerprint of a file as it is now, or nil when it does not exist.
    ///
    /// - Parameter path: The file.
    /// - Returns: The fingerprint, hash included.
    /// - Throws: ``DiagnosticKind/ioError`` when it exists but cannot be read.
    func fingerprint(of path: String) throws(MeteorError) -> FileFingerprint?

    /// Replaces a file atomically: readers see the old or the new bytes, never a mix, a
    /// partial file or an empty one, even when the write fails half-way.
    ///
    /// Takes the document's lock for the duration, and checks `condition` under it.
    ///
    /// - Parameters:
    ///   - bytes: The new content.
    ///   - path: The file.
    ///   - condition: What must be on disk before the write.
    /// - Returns: The fingerprint of the written file.
    /// - Throws: ``DiagnosticKind/documentChanged`` when the condition fails,
    ///   ``DiagnosticKind/lockHeld`` when another holder has the lock, and
    ///   ``DiagnosticKind/ioError`` when writing fails (the old file is then intact).
    @discardableResult
    func write(_ bytes: [UInt8], to path: String, condition: WriteCondition) throws(MeteorError)
        -> FileFingerprint

    /// Replaces a document and then a companion file that describes it (such as its saved
    /// session state), both atomically, under one hold of the document's lock.
    ///
    /// A reader that holds the lock therefore sees a document and a companion written
    /// together. The companion is written only when the document was.
    ///
    /// - Parameters:
    ///   - bytes: The document's new content.
    ///   - path: The document.
    ///   - condition: What must be on disk before the write.
    ///   - companion: The companion's path and content.
    /// - Returns: The document's new fingerprint, and the companion's write error if only
    ///   that failed (the document is saved then).
    /// - Throws: The same errors as ``write(_:to:condition:)``; nothing was written then.
    func write(
        _ bytes: [UInt8], to path: String, condition: WriteCondition, companion: StoredCompanion
    ) throws(MeteorError) -> (fingerprint: FileFingerprint, companionError: MeteorError?)

    /// Replaces a document and, when given, a companion, while the caller holds the
    /// document's lock (from ``lock(_:)`` or ``lock(_:waiting:)``), so a command can load,
    /// run and save under one hold of it.
    ///
    /// The companion is staged first (``StorePath/staged(_:)``) and moved into place after
    /// the document, so a crash between the two leaves a companion that describes the file
    /// on disk.
    ///
    /// - Parameters:
    ///   - bytes: The document's new content.
    ///   - path: The document.
    ///   - condition: What must be on disk before the write.
    ///   - companion: The companion's path and content, if any.
    ///   - sha256: The bytes' SHA-256 when the caller has it already, so it is not computed
    ///     twice; nil computes it.
    ///   - lock: The caller's hold of the document's lock.
    /// - Returns: The document's new fingerprint, and the companion's write error if only
    ///   that failed.
    /// - Throws: ``DiagnosticKind/documentChanged`` or ``DiagnosticKind/ioError``; nothing
    ///   was written then.
    func write(
        _ bytes: [UInt8], to path: String, condition: WriteCondition,
        companion: StoredCompanion?, sha256: String?, holding lock: any DocumentLock
    ) throws(MeteorError) -> (fingerprint: FileFingerprint, companionError: MeteorError?)

    /// Appends bytes to a file, creating it, and makes them durable before returning.
    ///
    /// - Parameters:
    ///   - bytes: The bytes to add.
    ///   - path: The file.
    /// - Throws: ``DiagnosticKind/ioError``.
    func append(_ bytes: [UInt8], to path: String) throws(MeteorError)

    /// Removes a file; a missing file is not an error.
    ///
    /// - Parameter path: The file.
    /// - Throws: ``DiagnosticKind/ioError``.
    func remove(_ path: String) throws(MeteorError)

    /// Whether a file exists.
    ///
    /// - Parameter path: The file.
    /// - Returns: True for a regular file.
    func fileExists(_ path: String) -> Bool

    /// Creates a directory and any missing parents.
    ///
    /// - Parameter path: The directory.
    /// - Throws: ``DiagnosticKind/ioError``.
    func createDirectory(_ path: String) throws(MeteorError)

    /// The regular files below a directory, as paths relative to it, sorted by UTF-8 bytes.
    ///
    /// - Parameter directory: The directory.
    /// - Returns: The relative paths; empty when the directory does not exist.
    /// - Throws: ``DiagnosticKind/ioError``.
    func files(under directory: String) throws(MeteorError) -> [String]

    /// Replaces a file inside a folder atomically (temporary file + rename), creating the
    /// folders in between, and never through a symbolic link below `folder`: a link where
    /// the file goes is replaced by the file, a link where a folder goes is refused.
    ///
    /// For exports, whose folders others may have written into. It takes no lock.
    ///
    /// - Parameters:
    ///   - bytes: The content.
    ///   - relative: The `/`-separated path below `folder`, without `..`.
    ///   - folder: The folder, as the user named it (a link there is followed).
    /// - Throws: ``DiagnosticKind/ioError``, also for a link where a folder should be;
    ///   ``DiagnosticKind/pathOutsideFolder`` for an absolute path or one with `..`.
    func replace(_ bytes: [UInt8], at relative: String, inside folder: String)
        throws(MeteorError)

    /// Removes a file inside a folder, but only a regular file (not a link, below `folder`
    /// no link is followed) that still holds the content with this SHA-256.
    ///
    /// - Parameters:
    ///   - relative: The `/`-separated path below `folder`.
    ///   - folder: The folder, as the user named it.
    ///   - sha256: The hash the file must have.
    /// - Returns: Whether it was removed, was not there, or was kept.
    /// - Throws: ``DiagnosticKind/ioError`` when it cannot be read or removed.
    func remove(_ relative: String, inside folder: String, ifSHA256 sha256: String)
        throws(MeteorError) -> FileRemoval

    /// Where a path leads once every symbolic link is followed, as an absolute path, or nil
    /// when it does not exist.
    ///
    /// - Parameter path: The path.
    /// - Returns: The resolved path.
    func resolvedPath(_ path: String) -> String?

    /// Takes the advisory lock of a document without waiting.
    ///
    /// - Parameter path: The document.
    /// - Returns: The held lock.
    /// - Throws: ``DiagnosticKind/lockHeld`` when someone else holds it.
    func lock(_ path: String) throws(MeteorError) -> any DocumentLock

    /// Takes the advisory lock of a document, queueing behind its holder for up to
    /// `timeout`.
    ///
    /// - Parameters:
    ///   - path: The document.
    ///   - timeout: How long to wait.
    /// - Returns: The held lock.
    /// - Throws: ``DiagnosticKind/lockHeld`` when it is still held after `timeout`.
    func lock(_ path: String, waiting timeout: Duration) throws(MeteorError)
        -> any DocumentLock
}
