extension Keymap {
    /// The keys of dialogs: each dialog's line of choices and the hint bar are built from
    /// these, and the dialog's reducer resolves keys through them.
    static let dialogBindings: [KeyBinding] =
        [
            dialog(.review, [.character("y"), .enter], .confirm, "apply"),
            dialog(.review, [.character("e")], .choose(.edit), "edit again"),
            dialog(.review, [.character("n"), .escape], .cancel, "discard"),
            dialog(.confirmDelete, [.character("y")], .confirm, "delete"),
            dialog(.confirmDelete, [.character("n"), .escape], .cancel, "keep"),
            dialog(.confirmQuit, [.character("s")], .choose(.save), "save and quit"),
            dialog(.confirmQuit, [.character("d")], .choose(.discard), "discard and quit"),
            dialog(.confirmQuit, [.character("c"), .escape], .cancel, "cancel"),
            dialog(.fileChanged, [.character("r")], .choose(.reload), "reload"),
            dialog(.fileChanged, [.character("o")], .choose(.overwrite), "overwrite"),
            dialog(.fileChanged, [.character("s")], .choose(.saveAs), "save as…"),
            dialog(.fileChanged, [.character("c"), .escape], .cancel, "cancel"),
            dialog(.recovery, [.character("r")], .choose(.recover), "recover"),
            dialog(.recovery, [.character("d")], .choose(.discard), "discard"),
            dialog(.recovery, [.character("l"), .escape], .cancel, "later"),
            dialog(.preview, [.character("y"), .enter], .confirm, "apply"),
            dialog(.preview, [.character("o")], .choose(.overwrite), "overwrite"),
            dialog(.preview, [.character("e")], .choose(.edit), "edit"),
            dialog(.preview, [.character("n"), .escape], .cancel, "cancel"),
            dialog(.historyJump, [.character("y"), .enter], .confirm, "go ahead"),
            dialog(.historyJump, [.character("n"), .escape], .cancel, "keep"),
            dialog(.replaceFile, [.character("y"), .enter], .confirm, "replace"),
            dialog(.replaceFile, [.character("n"), .escape], .cancel, "change the path"),
        ].flatMap { $0 }
        + reader(.detail, closing: [.escape, .character("q"), .enter, .character("i")])
        + [KeyBinding([.character(":")], .openCommandLine, scope: .output, help: "run another")]
        + reader(.output, closing: [.escape, .enter, .character("q")])

    /// The keys of fields: Enter and Esc (text editing keys are the same in every field and
    /// are listed in docs/tui.md), and the `:` line's completion and history.
    static let fieldBindings: [KeyBinding] =
        [
            field(.editField, confirm: "review the change"),
            field(.addKeyField, confirm: "go on to the value"),
            field(.addValueField, confirm: "add the key"),
            field(.structureField, confirm: "preview"),
            field(.saveAsField, confirm: "save", cancel: "go back"),
            field(.noteNameField, confirm: "go on to the text"),
            field(.noteTextField, confirm: "save the note"),
        ].flatMap { $0 } + [
            KeyBinding([.enter], .confirm, scope: .commandLine, help: "run"),
            KeyBinding([.tab], .complete(forward: true), scope: .commandLine, help: "complete"),
            KeyBinding(
                [.backTab], .complete(forward: false), scope: .commandLine,
                help: "complete backward"),
            KeyBinding([.up], .recall(older: true), scope: .commandLine, help: "older line"),
            KeyBinding([.down], .recall(older: false), scope: .commandLine, help: "newer line"),
            KeyBinding(
                [.control("y")], .pasteRegister, scope: .commandLine, help: "paste the copy"),
            KeyBinding([.escape], .cancel, scope: .commandLine, help: "close"),
        ]

    /// One answer of a dialog on one or more keys.
    private static func dialog(
        _ scope: KeyBinding.Scope, _ keys: [KeyPress], _ action: Action, _ help: String
    ) -> [KeyBinding] {
        keys.map { KeyBinding([$0], action, scope: scope, help: help, isHint: true) }
    }

    /// Enter and Esc in a field.
    private static func field(
        _ scope: KeyBinding.Scope, confirm: String, cancel: String = "cancel"
    ) -> [KeyBinding] {
        [
            KeyBinding([.enter], .confirm, scope: scope, help: confirm, isHint: true),
            KeyBinding([.escape], .cancel, scope: scope, help: cancel, isHint: true),
        ]
    }

    /// A scrollable text view: closing keys, then the motions of less.
    private static func reader(_ scope: KeyBinding.Scope, closing: [KeyPress]) -> [KeyBinding] {
        let motions: [(KeyPress, Motion, String)] = [
            (.character("j"), .down, "scroll down"), (.down, .down, "scroll down"),
            (.character("k"), .up, "scroll up"), (.up, .up, "scroll up"),
            (.pageDown, .pageDown, "page down"), (.character(" "), .pageDown, "page down"),
            (.control("d"), .pageDown, "page down"), (.pageUp, .pageUp, "page up"),
            (.control("u"), .pageUp, "page up"), (.character("g"), .top, "top"),
            (.home, .top, "top"), (.character("G"), .bottom, "bottom"), (.end, .bottom, "bottom"),
        ]
        return closing.map { KeyBinding([$0], .cancel, scope: scope, help: "close", isHint: true) }
            + motions.map { key, motion, help in
                KeyBinding(
                    [key], .move(motion), scope: scope, help: help,
                    isHint: help.hasPrefix("scroll"))
            }
    }
}
