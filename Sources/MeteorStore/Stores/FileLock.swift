import Glibc
import Synchronization

/// A `flock(2)` advisory lock on a document's sidecar `name.lock` file.
///
/// The sidecar, not the document, carries the lock: an atomic save renames a new inode over
/// the document, which would silently drop a lock held on the old one. The sidecar is kept
/// after release, because deleting it would let two processes lock two different inodes.
final class FileLock: DocumentLock {
    private let descriptor: Mutex<Int32?>

    /// Takes the lock without waiting.
    ///
    /// - Parameter document: The document whose lock to take.
    /// - Throws: ``DiagnosticKind/lockHeld`` or ``DiagnosticKind/ioError``.
    init(document: String) throws(MeteorError) {
        let path = StorePath.lockFile(for: document)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw POSIXError.io("open the lock file `\(path)`") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            if code == EWOULDBLOCK {
                throw MeteorError(
                    .lockHeld, "another program is saving `\(document)` (its lock is held)",
                    hint: "wait for it to finish, or close the other editor of this document")
            }
            throw POSIXError.io("lock `\(path)`", code: code)
        }
        descriptor = Mutex(fd)
    }

    /// Releases the lock.
    func release() {
        descriptor.withLock { fd in
            guard let open = fd else { return }
            flock(open, LOCK_UN)
            close(open)
            fd = nil
        }
    }

    deinit { release() }
}
