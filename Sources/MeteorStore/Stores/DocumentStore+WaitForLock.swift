import Glibc

extension DocumentStore {
    /// Takes a document's lock, waiting up to two seconds for a save that holds it.
    ///
    /// Loading takes it to read a document and its state file as one save left them; a
    /// save holds it only for the two writes, so two seconds is long.
    ///
    /// - Parameter path: The document.
    /// - Returns: The lock, or nil when it stayed held or cannot be taken.
    public func waitForLock(_ path: String) -> (any DocumentLock)? {
        for _ in 0..<200 {
            do {
                return try lock(path)
            } catch  where error.kind == .lockHeld {
                usleep(10_000)
            } catch {
                return nil
            }
        }
        return nil
    }
}
