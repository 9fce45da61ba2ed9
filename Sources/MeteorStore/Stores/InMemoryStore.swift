import Glibc
import Synchronization

/// A ``DocumentStore`` held in memory, for tests and previews.
///
/// It keeps the same contract as ``FileStore``: writes are all-or-nothing, conditions are
/// checked under the lock, and the modification time is a logical clock that moves on every
/// change, so change detection behaves as on disk.
public final class InMemoryStore: DocumentStore {
    private struct File {
        var bytes: [UInt8]
        var modified: Int64
        var fingerprint: FileFingerprint {
            FileFingerprint(size: bytes.count, modified: modified, sha256: SHA256Hex.of(bytes))
        }
    }

    private struct State {
        var files: [String: File] = [:]
        var directories: Set<String> = []
        var locks: Set<String> = []
        var clock: Int64 = 0
    }

    private let state = Mutex(State())
    private let failWritesAfter: Int?

    /// Creates an empty store.
    public init() { failWritesAfter = nil }

    /// Creates a store whose atomic writes fail after `bytes` bytes, like a full disk.
    ///
    /// - Parameter bytes: How many bytes a write gets through before failing.
    package init(failingWritesAfter bytes: Int) { failWritesAfter = bytes }

    // MARK: - DocumentStore

    /// Reads a whole file.
    ///
    /// - Parameter path: The file.
    /// - Returns: Its bytes and fingerprint.
    /// - Throws: ``DiagnosticKind/ioError`` when it does not exist.
    public func read(_ path: String) throws(MeteorError) -> StoredFile {
        guard let file = state.withLock({ $0.files[path] }) else { throw Self.missing(path) }
        return StoredFile(bytes: file.bytes, fingerprint: file.fingerprint)
    }

    /// The fingerprint of a file, or nil when it does not exist.
    ///
    /// - Parameter path: The file.
    /// - Returns: The fingerprint.
    public func fingerprint(of path: String) -> FileFingerprint? {
        state.withLock { $0.files[path] }?.fingerprint
    }

    /// Replaces a file atomically.
    ///
    /// - Parameters:
    ///   - bytes: The new content.
    ///   - path: The file.
    ///   - condition: What must be there first.
    /// - Returns: The new fingerprint.
    /// - Throws: ``DiagnosticKind/documentChanged``, ``DiagnosticKind/lockHeld`` or
    ///   ``DiagnosticKind/ioError``.
    @discardableResult
    public func write(_ bytes: [UInt8], to path: String, condition: WriteCondition)
        throws(MeteorError) -> FileFingerprint
    {
        let lock = try self.lock(path)
        defer { lock.release() }
        return try store(bytes, at: path, condition: condition)
    }

    /// Replaces a document, then its companion, under one hold of the document's lock.
    ///
    /// - Parameters:
    ///   - bytes: The document's content.
    ///   - path: The document.
    ///   - condition: What must be there first.
    ///   - companion: The companion file.
    /// - Returns: The document's fingerprint and the companion's error, if any.
    /// - Throws: ``DiagnosticKind/documentChanged``, ``DiagnosticKind/lockHeld`` or
    ///   ``DiagnosticKind/ioError``; nothing was written then.
    public func write(
        _ bytes: [UInt8], to path: String, condition: WriteCondition, companion: StoredCompanion
    ) throws(MeteorError) -> (fingerprint: FileFingerprint, companionError: MeteorError?) {
        let lock = try self.lock(path)
        defer { lock.release() }
        return try write(
            bytes, to: path, condition: condition, companion: companion, sha256: nil,
            holding: lock)
    }

    /// Replaces a document and its companion while the caller holds the document's lock:
    /// the companion is staged, the document replaced, then the companion moved into place.
    ///
    /// - Parameters:
    ///   - bytes: The document's content.
    ///   - path: The document.
    ///   - condition: What must be there first.
    ///   - companion: The companion file, if any.
    ///   - sha256: The bytes' SHA-256, when the caller has it.
    ///   - lock: The caller's hold of the document's lock.
    /// - Returns: The document's fingerprint and the companion's error, if any.
    /// - Throws: ``DiagnosticKind/documentChanged`` or ``DiagnosticKind/ioError``; nothing
    ///   was written then.
    public func write(
        _ bytes: [UInt8], to path: String, condition: WriteCondition,
        companion: StoredCompanion?, sha256: String?, holding lock: any DocumentLock
    ) throws(MeteorError) -> (fingerprint: FileFingerprint, companionError: MeteorError?) {
        try check(condition, at: path)
        var companionError: MeteorError?
        var staged = false
        if let companion {
            do {
                _ = try store(
                    companion.bytes, at: StorePath.staged(companion.path), condition: .overwrite)
                staged = true
            } catch {
                // As on disk: the old companion would describe bytes that are about to go.
                _ = state.withLock { $0.files.removeValue(forKey: companion.path) }
                companionError = error
            }
        }
        let fingerprint = try store(bytes, at: path, condition: condition)
        if let companion, staged {
            state.withLock { state in
                let stagedPath = StorePath.staged(companion.path)
                state.files[companion.path] = state.files.removeValue(forKey: stagedPath)
            }
        }
        return (fingerprint, companionError)
    }

    private func check(_ condition: WriteCondition, at path: String) throws(MeteorError) {
        let current = state.withLock { $0.files[path] }
        switch condition {
        case .overwrite:
            break
        case .mustNotExist:
            if current != nil {
                throw MeteorError(
                    .documentChanged, "`\(path)` already exists and was never loaded here",
                    hint: "load it first, or overwrite it on purpose")
            }
        case .unchangedSince(let expected):
            guard let current else {
                throw MeteorError(
                    .documentChanged, "`\(path)` was removed since it was loaded",
                    hint: "save it again to recreate it (overwrite), or save elsewhere")
            }
            if !current.fingerprint.sameContent(as: expected) {
                throw MeteorError(
                    .documentChanged, "`\(path)` changed since it was loaded",
                    hint: "reload it, overwrite it, or save to another file")
            }
        }
    }

    private func store(_ bytes: [UInt8], at path: String, condition: WriteCondition)
        throws(MeteorError) -> FileFingerprint
    {
        try check(condition, at: path)
        let failAfter = failWritesAfter
        return try state.withLock { state throws(MeteorError) -> FileFingerprint in
            if let failAfter, failAfter < bytes.count {
                throw MeteorError(
                    .ioError, "cannot write `\(path)`: no space left on device",
                    hint: "free some disk space; the previous file is unchanged")
            }
            state.clock += 1
            let file = File(bytes: bytes, modified: state.clock)
            state.files[path] = file
            return file.fingerprint
        }
    }

    /// Appends bytes to a file, creating it.
    ///
    /// - Parameters:
    ///   - bytes: The bytes.
    ///   - path: The file.
    public func append(_ bytes: [UInt8], to path: String) {
        state.withLock { state in
            state.clock += 1
            var file = state.files[path] ?? File(bytes: [], modified: state.clock)
            file.bytes += bytes
            file.modified = state.clock
            state.files[path] = file
        }
    }

    /// Removes a file; a missing one is fine.
    ///
    /// - Parameter path: The file.
    public func remove(_ path: String) {
        _ = state.withLock { $0.files.removeValue(forKey: path) }
    }

    /// Whether a file exists.
    ///
    /// - Parameter path: The file.
    /// - Returns: True when it does.
    public func fileExists(_ path: String) -> Bool {
        state.withLock { $0.files[path] != nil }
    }

    /// Records a directory.
    ///
    /// - Parameter path: The directory.
    public func createDirectory(_ path: String) {
        _ = state.withLock { $0.directories.insert(path) }
    }

    /// The files below a directory, relative and sorted.
    ///
    /// - Parameter directory: The directory.
    /// - Returns: Relative paths.
    public func files(under directory: String) -> [String] {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let names = state.withLock { state in
            state.files.keys.filter { $0.hasPrefix(prefix) }.map {
                String($0.dropFirst(prefix.count))
            }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Takes a document's lock.
    ///
    /// - Parameter path: The document.
    /// - Returns: The held lock.
    /// - Throws: ``DiagnosticKind/lockHeld`` when it is held.
    public func lock(_ path: String) throws(MeteorError) -> any DocumentLock {
        let taken = state.withLock { $0.locks.insert(path).inserted }
        guard taken else {
            throw MeteorError(
                .lockHeld, "another program is saving `\(path)` (its lock is held)",
                hint: "wait for it to finish, or close the other editor of this document")
        }
        return MemoryLock { [weak self] in
            _ = self?.state.withLock { $0.locks.remove(path) }
        }
    }

    /// Takes a document's lock, polling until `timeout` while someone else holds it.
    ///
    /// - Parameters:
    ///   - path: The document.
    ///   - timeout: How long to wait.
    /// - Returns: The held lock.
    /// - Throws: ``DiagnosticKind/lockHeld`` after `timeout`.
    public func lock(_ path: String, waiting timeout: Duration) throws(MeteorError)
        -> any DocumentLock
    {
        let deadline = ContinuousClock.now + timeout
        while true {
            do {
                return try lock(path)
            } catch  where ContinuousClock.now < deadline {
                usleep(1_000)
            }
        }
    }

    // MARK: - Test hooks

    /// Changes a file's bytes behind any document's back, as another program would.
    ///
    /// - Parameters:
    ///   - bytes: The new content.
    ///   - path: The file.
    package func tamper(_ bytes: [UInt8], at path: String) {
        state.withLock { state in
            state.clock += 1
            state.files[path] = File(bytes: bytes, modified: state.clock)
        }
    }

    private static func missing(_ path: String) -> MeteorError {
        MeteorError(
            .ioError, "cannot open `\(path)`: no such file", hint: "check that the path exists")
    }
}

/// The lock handed out by ``InMemoryStore``.
private final class MemoryLock: DocumentLock {
    private let onRelease: Mutex<(@Sendable () -> Void)?>

    init(onRelease: @escaping @Sendable () -> Void) {
        self.onRelease = Mutex(onRelease)
    }

    func release() {
        let action = onRelease.withLock { action in
            defer { action = nil }
            return action
        }
        action?()
    }

    deinit { release() }
}
