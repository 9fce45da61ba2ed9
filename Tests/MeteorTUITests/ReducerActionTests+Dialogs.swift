import MeteorKit
import Testing

@testable import MeteorTUI

/// A dialog or field to open before pressing one of its keys.
enum DialogStart: Sendable, Hashable {
    /// The review of `theme` edited to `x`.
    case review
    /// Deleting `theme`.
    case confirmDelete
    /// Quitting after an edit.
    case confirmQuit
    /// `w` when the file changed on disk.
    case fileChanged
    /// The recovery offer with one recoverable change.
    case recovery
    /// Renaming `theme` to `tone`.
    case preview
    /// Renaming `theme` to `font`, which exists.
    case previewWithClash
    /// Undoing back to the first of two records.
    case historyJump
    /// Save-as onto `demo-copy.meteor`, which exists.
    case replaceFile
    /// The detail of the newest history record.
    case detail
    /// The message log after one message.
    case messageLog
    /// `e` on `theme`.
    case editField
    /// `a`, nothing typed.
    case addKeyField
    /// `a`, the key `k` accepted.
    case addValueField
    /// `r` on `theme`.
    case structureField
    /// Save-as from the file-changed dialog, `new.meteor` typed.
    case saveAsField
    /// A new scratch note's name.
    case noteNameField
    /// The scratch note `todo`'s text.
    case noteTextField
    /// The `:` line.
    case commandLine
}

extension ReducerActionTests {
    /// Opens a dialog over `atTheme`.
    static func open(_ dialog: DialogStart, app: App<InMemoryTerminal>, document: InMemoryDocument)
        throws
    {
        func type(_ keys: [KeyPress]) { for key in keys { app.step(.key(key)) } }
        func text(_ text: String) -> [KeyPress] { text.map { .character($0) } }
        let engine = document.engine
        switch dialog {
        case .review: type([.character("e"), .control("u"), .character("x"), .enter])
        case .confirmDelete: type([.character("d")])
        case .confirmQuit:
            try engine.execute(.set(path: "app:ui:theme", value: "light"))
            type([.character("q")])
        case .fileChanged, .replaceFile, .saveAsField:
            try engine.execute(.set(path: "app:ui:theme", value: "light"))
            document.nextSaveError = MeteorError(.documentChanged, "the file changed on disk")
            document.existingFiles = ["demo-copy.meteor"]
            type([.character("w")])
            if dialog == .fileChanged { return }
            type([.character("s"), .control("u")])
            if dialog == .saveAsField { return type(text("new.meteor")) }
            type(text("demo-copy.meteor") + [.enter])
        case .recovery:
            document.pendingRecoveryCount = 1
            document.recoverableChanges = [.setAddress(theme, value: "recovered")]
            app.state.mode = .recoveryOffer(count: 1)
        case .preview: type([.character("r"), .control("u")] + text("tone") + [.enter])
        case .previewWithClash: type([.character("r"), .control("u")] + text("font") + [.enter])
        case .historyJump, .detail:
            try engine.execute(.set(path: "app:ui:theme", value: "light"))
            try engine.execute(.set(path: "app:ui:font", value: "serif"))
            type([.character("H")])
            type(dialog == .detail ? [.enter] : [.character("j"), .character("U")])
        case .messageLog: type([.character("u"), .character("M")])
        case .editField: type([.character("e")])
        case .addKeyField: type([.character("a")])
        case .addValueField: type([.character("a"), .character("k"), .enter])
        case .structureField: type([.character("r")])
        case .noteNameField: type([.character("S"), .character("a")])
        case .noteTextField:
            try engine.execute(.scratchSet(name: "todo", value: "buy milk"))
            type([.character("S"), .character("e")])
        case .commandLine: type([.character(":")])
        }
    }

    static func mode(_ outcome: Outcome, is expected: Mode, status: String? = nil) {
        #expect(outcome.after.mode == expected)
        if let status { #expect(outcome.after.status?.text == status) }
    }

    static func browses(_ outcome: Outcome) {
        #expect(outcome.after.mode == .browse)
    }

    static func stays(_ outcome: Outcome) {
        #expect(outcome.after.mode == outcome.before.mode)
    }

    /// One expectation per action of each dialog and field scope.
    static let dialogs: [KeyBinding.Scope: [Action: Expectation]] = [
        .review: [
            .confirm: Expectation(start: .dialog(.review)) {
                browses($0)
                #expect($0.engine.get(theme) == "x")
            },
            .choose(.edit): Expectation(start: .dialog(.review)) {
                guard case .editing(let edit) = $0.after.mode else {
                    Issue.record("not editing: \($0.after.mode)")
                    return
                }
                #expect(edit.editor.text == "x")
            },
            .cancel: Expectation(start: .dialog(.review)) {
                browses($0)
                #expect($0.engine.get(theme) == "dark")
            },
        ],
        .confirmDelete: [
            .confirm: Expectation(start: .dialog(.confirmDelete)) {
                browses($0)
                #expect($0.engine.get(theme) == nil)
                #expect($0.after.status?.text == "deleted the key app:ui:theme — u undoes")
            },
            .cancel: Expectation(start: .dialog(.confirmDelete)) {
                browses($0)
                #expect($0.engine.get(theme) == "dark")
            },
        ],
        .confirmQuit: [
            .choose(.save): Expectation(start: .dialog(.confirmQuit)) {
                #expect($0.effects == [.save(force: false), .quit])
            },
            .choose(.discard): Expectation(start: .dialog(.confirmQuit)) {
                #expect($0.after.shouldQuit)
                #expect($0.effects == [.discardChanges, .quit])
            },
            .cancel: Expectation(start: .dialog(.confirmQuit)) { browses($0) },
        ],
        .fileChanged: [
            .choose(.reload): Expectation(start: .dialog(.fileChanged)) {
                #expect($0.effects == [.reload])
            },
            .choose(.overwrite): Expectation(start: .dialog(.fileChanged)) {
                #expect($0.effects == [.save(force: true)])
            },
            .choose(.saveAs): Expectation(start: .dialog(.fileChanged)) {
                guard case .saveAs = $0.after.mode else {
                    Issue.record("no save-as field: \($0.after.mode)")
                    return
                }
            },
            .cancel: Expectation(start: .dialog(.fileChanged)) {
                mode($0, is: .browse, status: "not saved")
            },
        ],
        .recovery: [
            .choose(.recover): Expectation(start: .dialog(.recovery)) {
                browses($0)
                #expect($0.engine.get(theme) == "recovered")
            },
            .choose(.discard): Expectation(start: .dialog(.recovery)) {
                mode($0, is: .browse, status: "discarded the unsaved changes of the last session")
            },
            .cancel: Expectation(start: .dialog(.recovery)) { browses($0) },
        ],
        .preview: [
            .confirm: Expectation(start: .dialog(.preview)) {
                browses($0)
                #expect($0.engine.get(address("app:ui:tone")) == "dark")
            },
            .choose(.overwrite): Expectation(start: .dialog(.previewWithClash)) {
                browses($0)
                #expect($0.engine.get(address("app:ui:font")) == "dark")
            },
            .choose(.edit): Expectation(start: .dialog(.preview)) {
                guard case .structureField = $0.after.mode else {
                    Issue.record("not back in the field: \($0.after.mode)")
                    return
                }
            },
            .cancel: Expectation(start: .dialog(.preview)) {
                mode($0, is: .browse, status: "cancelled; nothing changed")
            },
        ],
        .historyJump: [
            .confirm: Expectation(start: .dialog(.historyJump)) {
                browses($0)
                #expect($0.engine.get(address("app:ui:font")) == "mono")
                #expect($0.engine.get(theme) == "light")
            },
            .cancel: Expectation(start: .dialog(.historyJump)) {
                mode($0, is: .browse, status: "nothing undone")
            },
        ],
        .replaceFile: [
            .confirm: Expectation(start: .dialog(.replaceFile)) {
                #expect($0.effects == [.saveAs(path: "demo-copy.meteor", overwrite: true)])
            },
            .cancel: Expectation(start: .dialog(.replaceFile)) {
                guard case .saveAs(let saveAs) = $0.after.mode else {
                    Issue.record("not back in the field: \($0.after.mode)")
                    return
                }
                #expect(!saveAs.confirmsOverwrite)
            },
        ],
        .detail: readerExpectations(.detail),
        .output: readerExpectations(.messageLog).merging([
            .openCommandLine: Expectation(start: .dialog(.messageLog)) {
                mode($0, is: .commandLine(CommandLineState()))
            }
        ]) { $1 },
        .editField: fieldExpectations(.editField) {
            mode($0, is: .browse, status: "no change")
        },
        .addKeyField: fieldExpectations(.addKeyField) {
            guard case .adding(let add) = $0.after.mode else {
                Issue.record("not adding: \($0.after.mode)")
                return
            }
            #expect(add.problem == "type a key: `theme`, `ui:theme` or `app:ui:theme`")
        },
        .addValueField: fieldExpectations(.addValueField) {
            browses($0)
            #expect($0.engine.get(address("app:ui:k")) == "")
        },
        .structureField: fieldExpectations(.structureField) {
            mode($0, is: .browse, status: "no change")
        },
        .saveAsField: fieldExpectations(.saveAsField, cancelled: .fileChanged) {
            #expect($0.effects == [.saveAs(path: "new.meteor", overwrite: false)])
        },
        .noteNameField: fieldExpectations(.noteNameField) {
            guard case .editingScratch(let edit) = $0.after.mode else {
                Issue.record("not naming a note: \($0.after.mode)")
                return
            }
            #expect(edit.problem == "type a name, such as `todo` or `draft.intro`")
        },
        .noteTextField: fieldExpectations(.noteTextField) {
            mode($0, is: .browse, status: "no change")
        },
        .commandLine: [
            .confirm: Expectation(start: .dialog(.commandLine)) { browses($0) },
            .cancel: Expectation(start: .dialog(.commandLine)) { browses($0) },
            .complete(forward: true): Expectation(start: .dialog(.commandLine)) {
                #expect($0.effects == [.bell])
            },
            .complete(forward: false): Expectation(start: .dialog(.commandLine)) {
                #expect($0.effects == [.bell])
            },
            .recall(older: true): Expectation(start: .dialog(.commandLine)) {
                #expect($0.effects == [.bell])
            },
            .recall(older: false): Expectation(start: .dialog(.commandLine)) {
                #expect($0.effects == [.bell])
            },
            .pasteRegister: Expectation(start: .dialog(.commandLine)) {
                #expect($0.after.status?.text == "the register is empty: y or Y copies first")
            },
        ],
    ]

    /// Enter confirms (checked by `confirmed`), Esc goes back to browsing (or `cancelled`).
    static func fieldExpectations(
        _ dialog: DialogStart, cancelled: Mode = .browse,
        confirmed: @escaping @Sendable (Outcome) -> Void
    ) -> [Action: Expectation] {
        [
            .confirm: Expectation(start: .dialog(dialog), check: confirmed),
            .cancel: Expectation(start: .dialog(dialog)) { mode($0, is: cancelled) },
        ]
    }

    /// A scrollable text: closing goes back to browsing, motions keep it open.
    static func readerExpectations(_ dialog: DialogStart) -> [Action: Expectation] {
        var table: [Action: Expectation] = [
            .cancel: Expectation(start: .dialog(dialog)) { browses($0) }
        ]
        for motion in [Motion.up, .down, .pageUp, .pageDown, .top, .bottom] {
            table[.move(motion)] = Expectation(start: .dialog(dialog)) { stays($0) }
        }
        return table
    }
}
