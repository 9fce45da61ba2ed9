import Glibc

/// The system call that moves bytes into an open file: `write(2)` in production, replaced in
/// tests by one that fails half-way to prove the old file survives (a full disk, an I/O error).
package typealias ChunkWriter = @Sendable (Int32, UnsafeRawBufferPointer) -> Int

/// Replaces a file so that it holds either all of the old bytes or all of the new ones.
///
/// The new bytes go to a temporary file in the same directory (same file system, so the
/// rename is atomic), which is fsynced, given the old file's permissions, renamed over the
/// target, and then the directory is fsynced so the rename itself survives a power loss.
struct AtomicFileWriter {
    /// Writes one chunk; returns the count written, or -1 with `errno` set.
    var writeChunk: ChunkWriter

    /// The largest single `write(2)`; smaller chunks keep a failing writer's partial state
    /// realistic and bound how much one call can block.
    static let chunkSize = 1 << 20

    /// Writes `bytes` to `path` atomically.
    ///
    /// - Parameters:
    ///   - bytes: The new content.
    ///   - path: The target, which may or may not exist.
    /// - Returns: The `stat` of the new file.
    /// - Throws: ``DiagnosticKind/ioError``; the target is then untouched and the temporary
    ///   file removed.
    func write(_ bytes: [UInt8], to path: String) throws(MeteorError) -> stat {
        let directory = StorePath.directory(of: path)
        var existing = stat()
        let hasExisting = stat(path, &existing) == 0
        let temporary = StorePath.join(
            directory,
            StorePath.temporaryPrefix(for: path)
                + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        // A new file gets 0666 minus the umask, as any editor would create it; an existing
        // one keeps its mode, so the temp file starts private and is widened below.
        let fd = open(
            temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, hasExisting ? 0o600 : 0o666)
        guard fd >= 0 else { throw POSIXError.io("create a temporary file next to `\(path)`") }
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
        }
        do throws(MeteorError) {
            if hasExisting {
                guard fchmod(fd, existing.st_mode & 0o7777) == 0 else {
                    throw POSIXError.io("copy the permissions of `\(path)`")
                }
                if existing.st_uid != geteuid() || existing.st_gid != getegid() {
                    // Only root may give a file away; for others this fails and the file
                    // simply becomes the saver's, as with any editor.
                    _ = fchown(fd, existing.st_uid, existing.st_gid)
                }
            }
            try writeAll(bytes, to: fd, path: path)
            guard fsync(fd) == 0 else { throw POSIXError.io("flush `\(path)` to disk") }
        } catch {
            close(fd)
            throw error
        }
        var written = stat()
        fstat(fd, &written)
        guard close(fd) == 0 else { throw POSIXError.io("close the new `\(path)`") }
        guard rename(temporary, path) == 0 else {
            throw POSIXError.io("rename the new file over `\(path)`")
        }
        renamed = true
        try Self.syncDirectory(directory)
        return written
    }

    func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(MeteorError) {
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let end = min(buffer.count, offset + Self.chunkSize)
                let count = writeChunk(fd, UnsafeRawBufferPointer(rebasing: buffer[offset..<end]))
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 {
                    failure = EIO
                    return
                }
                offset += count
            }
        }
        if failure != 0 { throw POSIXError.io("write `\(path)`", code: failure) }
    }

    /// Makes a rename or a new file in `directory` durable.
    ///
    /// - Parameter directory: The directory.
    /// - Throws: ``DiagnosticKind/ioError`` when it cannot be opened or synced.
    static func syncDirectory(_ directory: String) throws(MeteorError) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw POSIXError.io("open directory `\(directory)`") }
        defer { close(fd) }
        // Some file systems cannot fsync a directory (EINVAL); the rename is then as durable
        // as that file system makes it, and failing the save would not help.
        if fsync(fd) != 0, errno != EINVAL {
            throw POSIXError.io("flush directory `\(directory)` to disk")
        }
    }

    /// The production chunk writer: `write(2)`.
    static let system: ChunkWriter = { fd, buffer in
        guard let base = buffer.baseAddress else { return 0 }
        return Glibc.write(fd, base, buffer.count)
    }
}
