/// How long the command line queues for a store's lock behind other writers.
enum LockTimeout {
    /// `METEOR_LOCK_TIMEOUT` milliseconds, 10 000 by default.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The timeout.
    static func from(_ environment: [String: String]) -> Duration {
        .milliseconds(environment["METEOR_LOCK_TIMEOUT"].flatMap(Int.init) ?? 10_000)
    }

    /// The failure for a lock still held when the time ran out, with the command line's
    /// hint.
    ///
    /// - Parameter error: The store's ``DiagnosticKind/lockHeld`` error.
    /// - Returns: The failure, status 4.
    static func failure(_ error: MeteorError) -> CommandFailure {
        CommandFailure(
            MeteorError(
                error.kind, error.message,
                hint: "try again, or wait longer with METEOR_LOCK_TIMEOUT (milliseconds)"))
    }
}
