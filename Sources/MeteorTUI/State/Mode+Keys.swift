extension Mode {
    /// The key scope of the dialog, field or overlay that takes the keys; nil while browsing,
    /// where the focused pane decides.
    public var keyScope: KeyBinding.Scope? {
        switch self {
        case .browse: nil
        case .help: .help
        case .editing: .editField
        case .adding(let add): add.value == nil ? .addKeyField : .addValueField
        case .confirmEdit: .review
        case .confirmDelete, .confirmScratchDelete: .confirmDelete
        case .confirmQuit: .confirmQuit
        case .fileChanged: .fileChanged
        case .recoveryOffer: .recovery
        case .structureField: .structureField
        case .structurePreview: .preview
        case .compare: .compare
        case .historyDetail: .detail
        case .confirmHistoryJump: .historyJump
        case .editingScratch(let edit): edit.text == nil ? .noteNameField : .noteTextField
        case .commandLine: .commandLine
        case .commandOutput, .messageLog: .output
        case .saveAs(let saveAs): saveAs.confirmsOverwrite ? .replaceFile : .saveAsField
        case .searching: .search
        case .filtering: .filter
        case .jumping: .fuzzy
        }
    }

    /// Actions of the scope that do nothing right now: `o` in a preview without clashes,
    /// `y` in one with them, `e` on a multi-line value (it has no inline field).
    var unavailableActions: Set<Action> {
        switch self {
        case .structurePreview(let preview):
            preview.clashCount > 0 ? [.confirm] : [.choose(.overwrite)]
        case .confirmEdit(let pending) where pending.new.contains("\n"):
            [.choose(.edit)]
        default:
            []
        }
    }
}
