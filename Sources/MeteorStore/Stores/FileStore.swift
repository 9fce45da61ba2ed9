import Foundation
import Glibc

/// The real ``DocumentStore``: POSIX files, atomic saves, `flock` locking.
///
/// Saves write a temporary file in the target's directory, fsync it, give it the old file's
/// permissions, rename it over the target and fsync the directory. Readers therefore see the
/// old file or the new one, never a partial or empty one, whatever happens mid-save.
public final class FileStore: DocumentStore {
    let writer: AtomicFileWriter
    private let documentReplaced: (@Sendable () -> Void)?

    /// Creates a store over the local file system.
    public init() {
        writer = AtomicFileWriter(writeChunk: AtomicFileWriter.system)
        documentReplaced = nil
    }

    /// Creates a store whose writes go through `writeChunk`, so tests can fail them, and
    /// that calls `documentReplaced` between a document's rename and its companion's, so a
    /// test can kill the process there.
    ///
    /// - Parameters:
    ///   - writeChunk: Writes one chunk; -1 with `errno` set fails the write.
    ///   - documentReplaced: Runs after the document is in place, before its companion.
    package init(
        writeChunk: @escaping ChunkWriter = AtomicFileWriter.system,
        documentReplaced: (@Sendable () -> Void)? = nil
    ) {
        writer = AtomicFileWriter(writeChunk: writeChunk)
        self.documentReplaced = documentReplaced
    }

    // MARK: - DocumentStore

    /// Reads a whole file.
    ///
    /// - Parameter path: The file.
    /// - Returns: Its bytes and fingerprint.
    /// - Throws: ``DiagnosticKind/ioError``.
    public func read(_ path: String) throws(MeteorError) -> StoredFile {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError.io("open `\(path)`") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw POSIXError.io("inspect `\(path)`") }
        let bytes = try Self.readAll(fd, sizeHint: Int(info.st_size), path: path)
        return StoredFile(
            bytes: bytes,
            fingerprint: FileFingerprint(
                size: bytes.count, modified: Self.modified(info), sha256: SHA256Hex.of(bytes)))
    }

    /// The fingerprint of a file as it is now.
    ///
    /// - Parameter path: The file.
    /// - Returns: The fingerprint, or nil when the file does not exist.
    /// - Throws: ``DiagnosticKind/ioError``.
    public func fingerprint(of path: String) throws(MeteorError) -> FileFingerprint? {
        var info = stat()
        if stat(path, &info) != 0 {
            if errno == ENOENT { return nil }
            throw POSIXError.io("inspect `\(path)`")
        }
        return try read(path).fingerprint
    }

    /// Replaces a file atomically under the document's lock.
    ///
    /// - Parameters:
    ///   - bytes: The new content.
    ///   - path: The file.
    ///   - condition: What must be on disk first.
    /// - Returns: The new fingerprint.
    /// - Throws: ``DiagnosticKind/documentChanged``, ``DiagnosticKind/lockHeld`` or
    ///   ``DiagnosticKind/ioError``.
    @discardableResult
    public func write(_ bytes: [UInt8], to path: String, condition: WriteCondition)
        throws(MeteorError) -> FileFingerprint
    {
        let target = Self.resolvingSymlink(path)
        let lock = try FileLock(document: target)
        defer { lock.release() }
        try check(condition, at: target, shownAs: path)
        removeStaleTemporaries(of: target)
        let info = try writer.write(bytes, to: target)
        return FileFingerprint(
            size: bytes.count, modified: Self.modified(info), sha256: SHA256Hex.of(bytes))
    }

    /// Replaces a document, then its companion, under one hold of the document's lock.
    ///
    /// - Parameters:
    ///   - bytes: The document's content.
    ///   - path: The document.
    ///   - condition: What must be on disk first.
    ///   - companion: The companion file.
    /// - Returns: The document's fingerprint and the companion's error, if any.
    /// - Throws: ``DiagnosticKind/documentChanged``, ``DiagnosticKind/lockHeld`` or
    ///   ``DiagnosticKind/ioError``; nothing was written then.
    public func write(
        _ bytes: [UInt8], to path: String, condition: WriteCondition, companion: StoredCompanion
    ) throws(MeteorError) -> (fingerprint: FileFingerprint, companionError: MeteorError?) {
        let lock = try FileLock(document: Self.resolvingSymlink(path))
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
    ///   - condition: What must be on disk first.
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
        let target = Self.resolvingSymlink(path)
        try check(condition, at: target, shownAs: path)
        removeStaleTemporaries(of: target)
        var companionError: MeteorError?
        var staged: (path: String, target: String)?
        if let companion {
            let companionTarget = Self.resolvingSymlink(companion.path)
            let stagedPath = StorePath.staged(companionTarget)
            do {
                removeStaleTemporaries(of: stagedPath)
                _ = try writer.write(companion.bytes, to: stagedPath)
                staged = (stagedPath, companionTarget)
            } catch {
                // The old companion would describe bytes that are about to go: a reader
                // would take the new document for someone else's change.
                unlink(companionTarget)
                companionError = error
            }
        }
        let info: stat
        do {
            info = try writer.write(bytes, to: target)
        } catch {
            if let staged { unlink(staged.path) }
            throw error
        }
        documentReplaced?()
        if let staged {
            if rename(staged.path, staged.target) == 0 {
                companionError = Self.syncDirectory(of: staged.target)
            } else {
                companionError = POSIXError.io("rename the new file over `\(staged.target)`")
            }
        }
        let fingerprint = FileFingerprint(
            size: bytes.count, modified: Self.modified(info),
            sha256: sha256 ?? SHA256Hex.of(bytes))
        return (fingerprint, companionError)
    }

    private static func syncDirectory(of path: String) -> MeteorError? {
        do {
            try AtomicFileWriter.syncDirectory(StorePath.directory(of: path))
            return nil
        } catch {
            return error
        }
    }

    /// Appends bytes and fsyncs them.
    ///
    /// - Parameters:
    ///   - bytes: The bytes.
    ///   - path: The file.
    /// - Throws: ``DiagnosticKind/ioError``.
    public func append(_ bytes: [UInt8], to path: String) throws(MeteorError) {
        let existed = fileExists(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw POSIXError.io("open `\(path)` for appending") }
        defer { close(fd) }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let count = Glibc.write(fd, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += count
            }
        }
        if failure != 0 { throw POSIXError.io("append to `\(path)`", code: failure) }
        guard fsync(fd) == 0 else { throw POSIXError.io("flush `\(path)` to disk") }
        if !existed { try AtomicFileWriter.syncDirectory(StorePath.directory(of: path)) }
    }

    /// Removes a file.
    ///
    /// - Parameter path: The file.
    /// - Throws: ``DiagnosticKind/ioError`` for anything but a missing file.
    public func remove(_ path: String) throws(MeteorError) {
        if unlink(path) != 0, errno != ENOENT { throw POSIXError.io("remove `\(path)`") }
    }

    /// Whether a regular file exists.
    ///
    /// - Parameter path: The file.
    /// - Returns: True for a regular file.
    public func fileExists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Creates a directory and its parents.
    ///
    /// - Parameter path: The directory.
    /// - Throws: ``DiagnosticKind/ioError``.
    public func createDirectory(_ path: String) throws(MeteorError) {
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true)
        } catch {
            throw MeteorError(.ioError, "cannot create directory `\(path)`: \(error)")
        }
    }

    /// The regular files below a directory, relative and sorted.
    ///
    /// - Parameter directory: The directory.
    /// - Returns: Relative paths; empty when the directory is missing.
    /// - Throws: ``DiagnosticKind/ioError``.
    public func files(under directory: String) throws(MeteorError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { return [] }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw MeteorError(.ioError, "cannot list `\(directory)`")
        }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if !StorePath.isHidden(relative), fileExists(StorePath.join(directory, relative)) {
                result.append(relative)
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Takes a document's advisory lock.
    ///
    /// - Parameter path: The document.
    /// - Returns: The held lock.
    /// - Throws: ``DiagnosticKind/lockHeld``.
    public func lock(_ path: String) throws(MeteorError) -> any DocumentLock {
        try FileLock(document: Self.resolvingSymlink(path))
    }

    /// Takes a document's advisory lock, queueing behind its holder.
    ///
    /// - Parameters:
    ///   - path: The document.
    ///   - timeout: How long to wait.
    /// - Returns: The held lock.
    /// - Throws: ``DiagnosticKind/lockHeld`` after `timeout`, or ``DiagnosticKind/ioError``.
    public func lock(_ path: String, waiting timeout: Duration) throws(MeteorError)
        -> any DocumentLock
    {
        try FileLock(document: Self.resolvingSymlink(path), waiting: timeout)
    }

    // MARK: - Helpers

    private func check(_ condition: WriteCondition, at path: String, shownAs shown: String)
        throws(MeteorError)
    {
        switch condition {
        case .overwrite:
            return
        case .mustNotExist:
            if fileExists(path) {
                throw MeteorError(
                    .documentChanged, "`\(shown)` already exists and was never loaded here",
                    hint: "load it first, or overwrite it on purpose")
            }
        case .unchangedSince(let expected):
            var info = stat()
            guard stat(path, &info) == 0 else {
                throw MeteorError(
                    .documentChanged, "`\(shown)` was removed or renamed since it was loaded",
                    hint: "save it again to recreate it (overwrite), or save elsewhere")
            }
            // Same size and same modification time: trusted as unchanged without reading the
            // file; any other difference is settled by the content hash.
            if Int(info.st_size) == expected.size, Self.modified(info) == expected.modified {
                return
            }
            let current = try read(path).fingerprint
            if !current.sameContent(as: expected) {
                throw MeteorError(
                    .documentChanged,
                    "`\(shown)` changed on disk since it was loaded (now \(current); "
                        + "loaded \(expected))",
                    hint: "reload it, overwrite it, or save to another file")
            }
        }
    }

    private func removeStaleTemporaries(of path: String) {
        // Runs under the document's lock: every save of this path holds it, so any
        // temporary file still here belongs to a save that died (a kill, a power loss).
        let directory = StorePath.directory(of: path)
        let prefix = StorePath.temporaryPrefix(for: path)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            return
        }
        for name in names where name.hasPrefix(prefix) {
            unlink(StorePath.join(directory, name))
        }
    }

    static func resolvingSymlink(_ path: String) -> String {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
            let resolved = realpath(path, nil)
        else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func modified(_ info: stat) -> Int64 {
        Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    static func readAll(_ fd: Int32, sizeHint: Int, path: String) throws(MeteorError)
        -> [UInt8]
    {
        var bytes: [UInt8] = []
        var capacity = max(sizeHint + 1, 4096)
        var failure: Int32 = 0
        while true {
            let start = bytes.count
            bytes.reserveCapacity(capacity)
            let room = capacity - start
            var got = 0
            bytes.append(contentsOf: repeatElement(0, count: room))
            bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return }
                while true {
                    let count = Glibc.read(fd, base + start, room)
                    if count < 0, errno == EINTR { continue }
                    if count < 0 { failure = errno }
                    got = max(0, count)
                    return
                }
            }
            bytes.removeLast(room - got)
            if failure != 0 { throw POSIXError.io("read `\(path)`", code: failure) }
            if got == 0 { return bytes }
            if bytes.count == capacity { capacity *= 2 }
        }
    }
}
