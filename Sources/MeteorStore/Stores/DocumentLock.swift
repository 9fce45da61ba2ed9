/// An advisory lock on a document, held until ``release()`` is called or the lock is freed.
///
/// Saves take the lock for their duration; a second holder gets
/// ``DiagnosticKind/lockHeld`` instead of waiting, so a user is told rather than frozen.
public protocol DocumentLock: AnyObject, Sendable {
    /// Releases the lock; calling it twice is harmless.
    func release()
}
