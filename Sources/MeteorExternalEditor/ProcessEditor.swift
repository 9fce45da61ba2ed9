import Foundation
public import MeteorTUI

/// Edits text in the user's terminal editor (`$VISUAL`, else `$EDITOR`, else `vi`).
///
/// The text goes to a file in a private temporary folder; `/bin/sh -c` runs the editor
/// command on it in the terminal's foreground process group (``ForegroundProcess``); the file
/// is read back when the editor exits with status 0. The folder is removed on every path:
/// success, a failing or missing editor, an editor ended by a signal.
///
/// The app hands the terminal over around the call (`TerminalBackend.suspended`), so this type
/// never touches curses.
public struct ProcessEditor: ExternalEditor {
    /// The editor to run.
    public var command: EditorCommand
    /// Where the temporary folders go.
    public var temporaryDirectory: String

    /// Creates an editor runner.
    ///
    /// - Parameters:
    ///   - environment: Where `$VISUAL` and `$EDITOR` are read; the process's by default.
    ///   - temporaryDirectory: Where the temporary folder goes; `$TMPDIR` or `/tmp` by
    ///     default.
    public init(environment: [String: String]? = nil, temporaryDirectory: String? = nil) {
        command = EditorCommand(environment: environment ?? ProcessInfo.processInfo.environment)
        self.temporaryDirectory =
            temporaryDirectory ?? FileManager.default.temporaryDirectory.path
    }

    /// Runs the editor on the text; returns the file as the editor saved it.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - name: A file name hint, such as `theme.txt`.
    /// - Returns: The edited text, final line break included.
    /// - Throws: ``ExternalEditorError`` naming the editor and what went wrong.
    public func edit(_ text: String, name: String) throws(ExternalEditorError) -> String {
        let folder = try EditFolder(in: temporaryDirectory)
        defer { folder.remove() }
        let file = try folder.write(text, name: name)
        let termination: ForegroundProcess.Termination
        do {
            termination = try ForegroundProcess.run(
                "/bin/sh", arguments: ["-c", command.shellLine(editing: file)],
                name: "meteor-editor")
        } catch {
            throw ExternalEditorError("cannot start /bin/sh for \(command.name): \(error.message)")
        }
        switch termination {
        case .exited(0):
            return try folder.read(file)
        case .exited(127):
            throw ExternalEditorError("\(command.name) was not found")
        case .exited(126):
            throw ExternalEditorError("\(command.name) could not be run")
        case .exited(let status) where status > 128 && status < 128 + 65:
            // The shell reports an editor ended by a signal as 128 + the signal's number.
            throw ExternalEditorError("\(command.name) was ended by signal \(status - 128)")
        case .exited(let status):
            throw ExternalEditorError("\(command.name) exited with status \(status)")
        case .signaled(let signal):
            throw ExternalEditorError("\(command.name) was ended by signal \(signal)")
        }
    }
}
