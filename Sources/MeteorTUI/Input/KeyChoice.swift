/// Keys that do one thing, and what it is: `y/Enter apply`, as dialogs and the hint bar show
/// them.
struct KeyChoice: Sendable, Hashable {
    /// Every key of the action, as help writes them: `y/Enter`.
    var keys: String
    /// What the keys do.
    var help: String

    /// `y/Enter apply`.
    var text: String { "\(keys) \(help)" }
}
