extension Keymap {
    /// The `:` command line and copying (docs/tui.md "Command line", "Copy").
    static let commandLineBindings: [KeyBinding] = [
        KeyBinding([.character(":")], .openCommandLine, help: "command line", isHint: true),
        KeyBinding([.character("y")], .copyValue, help: "copy the value"),
        KeyBinding([.character("Y")], .copyPath, help: "copy the full path"),
    ]
}
