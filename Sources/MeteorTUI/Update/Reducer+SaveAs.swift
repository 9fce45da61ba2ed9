public import MeteorKit

extension Reducer {
    /// Opens the save-as field, starting from the document's own path.
    func beginSaveAs(state: inout AppState) {
        state.mode = .saveAs(SaveAsState(path: document.path))
    }

    /// Keys in the save-as field and in its "replace the existing file?" question.
    func saveAsKey(_ key: KeyPress, saveAs: SaveAsState, state: inout AppState) -> [Effect] {
        var saveAs = saveAs
        let path = saveAs.editor.text
        if saveAs.confirmsOverwrite {
            switch keymap.resolve([key], in: .replaceFile) {
            case .action(.confirm):
                state.mode = .browse
                return [.saveAs(path: path, overwrite: true)]
            case .action(.cancel):
                saveAs.confirmsOverwrite = false
                state.mode = .saveAs(saveAs)
                return []
            default:
                return [.bell]
            }
        }
        switch keymap.resolve([key], in: .saveAsField) {
        case .action(.cancel):
            // Back to the choice that led here: the file on disk still differs.
            state.mode = .fileChanged
        case .action(.confirm):
            switch document.saveAsTarget(path) {
            case .available:
                state.mode = .browse
                return [.saveAs(path: path, overwrite: false)]
            case .exists:
                saveAs.problem = nil
                saveAs.confirmsOverwrite = true
                state.mode = .saveAs(saveAs)
            case .problem(let problem):
                saveAs.problem = problem
                state.mode = .saveAs(saveAs)
            }
        default:
            guard saveAs.editor.handle(key) else { return [.bell] }
            saveAs.problem = nil
            state.mode = .saveAs(saveAs)
        }
        return []
    }

    /// Save-as wrote nothing: back to the field with the reason, or to the replace question
    /// when a file appeared there meanwhile.
    ///
    /// - Parameters:
    ///   - error: The store's error.
    ///   - path: The path that was tried.
    ///   - state: The state to update.
    public func saveAsFailed(_ error: MeteorError, path: String, state: inout AppState) {
        state.shouldQuit = false
        var saveAs = SaveAsState(path: path)
        if error.kind == .documentChanged {
            saveAs.confirmsOverwrite = true
        } else {
            saveAs.problem = error.message
        }
        state.mode = .saveAs(saveAs)
    }
}
