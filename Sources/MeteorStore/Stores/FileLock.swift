import Dispatch
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
    convenience init(document: String) throws(MeteorError) {
        try self.init(document: document, waiting: nil)
    }

    /// Takes the lock, queueing behind its holders for as long as they make progress, and
    /// for up to `timeout` without any (nil: not at all).
    ///
    /// The wait is a blocking `flock` on a helper thread, so waiters sleep in the kernel's
    /// queue and wake when the holder releases, without polling. Every time the document is
    /// replaced (a writer ahead in the queue saved), the timeout starts again: a long queue
    /// of working writers never times out, a holder that keeps the lock without saving does.
    /// When the time is up the helper is left to take the lock and release it at once.
    ///
    /// - Parameters:
    ///   - document: The document whose lock to take.
    ///   - timeout: How long to wait for the holder.
    /// - Throws: ``DiagnosticKind/lockHeld`` or ``DiagnosticKind/ioError``.
    init(document: String, waiting timeout: Duration?) throws(MeteorError) {
        let path = StorePath.lockFile(for: document)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw POSIXError.io("open the lock file `\(path)`") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            let code = errno
            guard code == EWOULDBLOCK else {
                close(fd)
                throw POSIXError.io("lock `\(path)`", code: code)
            }
            guard let timeout, timeout > .zero else {
                close(fd)
                throw Self.held(document, waited: nil)
            }
            try LockWaiter(descriptor: fd).wait(timeout, lockFile: path, document: document)
            break
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

    /// The error for a lock someone else keeps.
    static func held(_ document: String, waited: Duration?) -> MeteorError {
        let message =
            if let waited {
                "`\(document)` stayed locked for \(waited) without being saved: another "
                    + "program is saving it, or running a command on it"
            } else {
                "another program is saving `\(document)` (its lock is held)"
            }
        return MeteorError(
            .lockHeld, message,
            hint: "wait for it to finish, or close the other editor of this document")
    }
}

/// Blocks in `flock(LOCK_EX)` on a helper thread while the caller waits with a timeout.
private final class LockWaiter: Sendable {
    private enum Outcome {
        case waiting, acquired
        case failed(Int32)
        case abandoned
    }

    private let descriptor: Int32
    private let outcome = Mutex(Outcome.waiting)
    private let done = DispatchSemaphore(value: 0)

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Waits for the lock; on return the descriptor holds it.
    ///
    /// - Throws: ``DiagnosticKind/lockHeld`` after `timeout` (the helper then owns and
    ///   closes the descriptor), or ``DiagnosticKind/ioError``.
    func wait(_ timeout: Duration, lockFile: String, document: String) throws(MeteorError) {
        let waiter = self
        DetachedThread.detach { waiter.block() }
        let clock = ContinuousClock()
        var deadline = clock.now + timeout
        var seen = Self.version(of: document)
        while done.wait(timeout: .now() + .milliseconds(100)) == .timedOut {
            let now = clock.now
            let version = Self.version(of: document)
            if version != seen {
                seen = version
                deadline = now + timeout
            } else if now >= deadline {
                break
            }
        }
        let result = outcome.withLock { outcome in
            if case .waiting = outcome { outcome = .abandoned }
            return outcome
        }
        switch result {
        case .acquired:
            return
        case .failed(let code):
            close(descriptor)
            throw POSIXError.io("lock `\(lockFile)`", code: code)
        case .waiting, .abandoned:
            throw FileLock.held(document, waited: timeout)
        }
    }

    /// What tells a replaced document from the one before: its inode and modification time.
    private static func version(of document: String) -> [Int] {
        var info = stat()
        guard stat(document, &info) == 0 else { return [] }
        return [Int(info.st_ino), info.st_mtim.tv_sec, info.st_mtim.tv_nsec]
    }

    private func block() {
        var code: Int32 = 0
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            code = errno
            break
        }
        let abandoned = outcome.withLock { outcome in
            if case .abandoned = outcome { return true }
            outcome = code == 0 ? .acquired : .failed(code)
            return false
        }
        // Closing the descriptor releases a lock taken after the caller gave up.
        if abandoned { close(descriptor) } else { done.signal() }
    }
}

/// A detached POSIX thread running one closure.
private enum DetachedThread {
    static func detach(_ body: @escaping @Sendable () -> Void) {
        final class Box: Sendable {
            let body: @Sendable () -> Void
            init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        }
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(
            &thread, nil,
            { context in
                guard let context else { return nil }
                Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
                return nil
            }, box)
        if started == 0 {
            pthread_detach(thread)
        } else {
            // No thread: run the wait here, which then blocks without a timeout.
            Unmanaged<Box>.fromOpaque(box).takeRetainedValue().body()
        }
    }
}
