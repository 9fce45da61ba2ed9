/// A `ctl:` command of a stream (SPEC §5).
public enum ControlCommand: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `ctl:delete=PATH`: delete the key, namespace or context PATH names.
    case delete(PathTarget)
    /// `ctl:reset=cursor|storage|all`.
    case reset(ResetTarget)

    /// The command as stream text.
    public var description: String {
        switch self {
        case .delete(let target): "ctl:delete=\(target)"
        case .reset(let target): "ctl:reset=\(target.rawValue)"
        }
    }
}
