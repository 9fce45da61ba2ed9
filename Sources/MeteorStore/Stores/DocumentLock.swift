/// An advisory lock on a document, held until ``release()`` is called or the lock is freed.
///
/// Saves take the lock for their duration, and a command of the command line holds it from
/// its load to its save. A second taker either fails at once with
/// ``DiagnosticKind/lockHeld`` (``DocumentStore/lock(_:)``) or queues for a bounded time
/// (``DocumentStore/lock(_:waiting:)``), so a user is told rather than frozen.
public protocol DocumentLock: AnyObject, Sendable {
    /// Releases the lock; calling it twice is harmless.
    func release()
}
