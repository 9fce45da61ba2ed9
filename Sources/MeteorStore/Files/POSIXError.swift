import Glibc

/// Turns a failed system call into the ``DiagnosticKind/ioError`` every store throws.
enum POSIXError {
    /// The error for the current `errno`.
    ///
    /// - Parameters:
    ///   - what: What was being done, e.g. "write `a.meteor`".
    ///   - code: The errno value; the current one by default.
    /// - Returns: An `ioError` naming the operation and the system's reason.
    static func io(_ what: String, code: Int32 = errno) -> MeteorError {
        let reason = String(cString: strerror(code))
        let hint: String? =
            switch code {
            case ENOSPC, EDQUOT: "free some disk space; the previous file is unchanged"
            case EACCES, EPERM: "check the permissions of the file and its directory"
            case ENOENT: "check that the path exists"
            default: nil
            }
        return MeteorError(.ioError, "cannot \(what): \(reason)", hint: hint)
    }
}
