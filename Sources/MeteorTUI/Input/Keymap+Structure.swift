extension Keymap {
    /// Structural edits and the compare view (docs/tui.md "Structural edits").
    static let structureBindings: [KeyBinding] = [
        KeyBinding([.character("r")], .renameKey, help: "rename key"),
        KeyBinding([.character("m")], .moveNamespace, help: "move or rename namespace"),
        KeyBinding([.character("c")], .copyNamespace, help: "copy namespace to a context"),
        KeyBinding([.character("C")], .compareNamespace, help: "compare namespace in two contexts"),
        KeyBinding([.character("j")], .move(.down), scope: .compare, help: "compare: next row"),
        KeyBinding([.down], .move(.down), scope: .compare, help: "compare: next row"),
        KeyBinding([.character("k")], .move(.up), scope: .compare, help: "compare: previous row"),
        KeyBinding([.up], .move(.up), scope: .compare, help: "compare: previous row"),
        KeyBinding([.pageDown], .move(.pageDown), scope: .compare, help: "compare: page down"),
        KeyBinding([.pageUp], .move(.pageUp), scope: .compare, help: "compare: page up"),
        KeyBinding(
            [.character("g"), .character("g")], .move(.top), scope: .compare,
            help: "compare: first row"),
        KeyBinding([.character("G")], .move(.bottom), scope: .compare, help: "compare: last row"),
        KeyBinding(
            [.character("]")], .nextDifference(forward: true), scope: .compare,
            help: "compare: next difference"),
        KeyBinding(
            [.character("[")], .nextDifference(forward: false), scope: .compare,
            help: "compare: previous difference"),
        KeyBinding(
            [.character(">")], .copyAcross(.leftToRight), scope: .compare,
            help: "compare: copy value to the right"),
        KeyBinding(
            [.character("<")], .copyAcross(.rightToLeft), scope: .compare,
            help: "compare: copy value to the left"),
        KeyBinding(
            [.character("u")], .undo, scope: .compare, help: "compare: revert the last change"),
        KeyBinding(
            [.control("r")], .redo, scope: .compare, help: "compare: re-apply a reverted change"),
        KeyBinding([.escape], .cancel, scope: .compare, help: "compare: close"),
        KeyBinding([.character("q")], .cancel, scope: .compare, help: "compare: close"),
    ]
}
