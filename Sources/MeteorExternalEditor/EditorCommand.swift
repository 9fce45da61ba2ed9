/// The editor a user chose: `$VISUAL`, else `$EDITOR`, else `vi`, and the shell line that
/// runs it on a file.
///
/// The variable's value is a shell command, arguments included (`vim -u NONE -N`,
/// `code --wait`); the file's path is appended as one single-quoted word, so spaces, quotes
/// or `$` in it are never interpreted.
public struct EditorCommand: Sendable, Hashable {
    /// The variable the command came from: `$VISUAL` or `$EDITOR`, or nil for the default.
    public var variable: String?
    /// The command text.
    public var text: String

    /// Picks the command from an environment.
    ///
    /// - Parameter environment: The environment.
    public init(environment: [String: String]) {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], value.contains(where: { !$0.isWhitespace }) {
                variable = "$\(name)"
                text = value
                return
            }
        }
        variable = nil
        text = "vi"
    }

    /// The line for `/bin/sh -c` that edits `path`.
    ///
    /// - Parameter path: The file.
    /// - Returns: The command, a space, and the quoted path.
    public func shellLine(editing path: String) -> String {
        "\(text) \(Self.quoted(path))"
    }

    /// The editor as messages name it: "`$EDITOR` (`vim -u NONE -N`)", or "`vi`".
    public var name: String {
        guard let variable else { return "`\(text)`" }
        return "`\(variable)` (`\(text)`)"
    }

    /// A word the shell reads back as exactly `text`.
    ///
    /// - Parameter text: Any text.
    /// - Returns: The text in single quotes, each `'` written as `'\''`.
    public static func quoted(_ text: String) -> String {
        var result = "'"
        for character in text {
            if character == "'" { result += "'\\''" } else { result.append(character) }
        }
        return result + "'"
    }
}
