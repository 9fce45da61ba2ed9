/// The one line break that files and standard input end with, and values usually do not.
///
/// `meteor set KEY -` and the TUI's `$EDITOR` round trip both drop it, so a value typed in an
/// editor or piped through `echo` is stored as the text the user wrote.
public enum FinalLineBreak {
    /// The text without one final line break (`\n` or `\r\n`).
    ///
    /// - Parameter text: The text read from a file or stream.
    /// - Returns: The text with one final line break removed, if it had one.
    public static func removed(from text: String) -> String {
        var count = 0
        if text.utf8.last == UInt8(ascii: "\n") {
            count = 1
            if text.utf8.dropLast().last == UInt8(ascii: "\r") { count = 2 }
        }
        guard count > 0 else { return text }
        return String(decoding: text.utf8.dropLast(count), as: UTF8.self)
    }

    /// The text an editor saved, without the final line break the editor added: one is
    /// dropped unless the original text ended with a line break too (then the editor kept it).
    ///
    /// - Parameters:
    ///   - edited: The file's content after editing.
    ///   - original: The text the file was written with.
    /// - Returns: The edited text as a value.
    public static func removed(from edited: String, unlessEndingOf original: String) -> String {
        original.utf8.last == UInt8(ascii: "\n") ? edited : removed(from: edited)
    }
}
