import Glibc

/// Turns a failed system call into the ``DiagnosticKind/ioError`` every store throws.
enum POSIXError {
    /// The error for the current `errno`.
    ///
    /// - Parameters:
    ///   - what: What was being done, e.g. "write `a.meteor`".
    ///   - path: The file or folder concerned, for the error's location.
    ///   - code: The errno value; the current one by default.
    /// - Returns: An `ioError` naming the operation and the system's reason.
    static func io(_ what: String, at path: String? = nil, code: Int32 = errno) -> MeteorError {
        let reason = String(cString: strerror(code))
        let hint: String? =
            switch code {
            case ENOSPC, EDQUOT: "free some disk space; the previous file is unchanged"
            case EACCES, EPERM: "check the permissions of the file and its directory"
            case ENOENT: "check that the path exists"
            case EISDIR: "the path names a folder; name a file"
            case ENOTDIR: "a part of the path is a file, not a folder"
            default: nil
            }
        return MeteorError(
            .ioError, "cannot \(what): \(reason)", at: path.map(SourceLocation.whole), hint: hint)
    }
}
