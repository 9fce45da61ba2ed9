/// The terminal's clipboard, reached with the OSC 52 escape sequence.
///
/// `ESC ] 52 ; c ; BASE64 BEL` asks the terminal emulator to set its clipboard. It travels
/// through SSH; tmux passes it on with `set -g set-clipboard on`. Terminals that do not know
/// it ignore it, so the app also keeps the text in its own register.
public final class TerminalClipboard: Clipboard {
    /// The most bytes sent: some terminals drop longer sequences (xterm's default is about
    /// 100 000 encoded bytes).
    public static let maximumBytes = 74_994

    private let terminal: any ControlSequenceWriter

    /// Creates a clipboard writing through a terminal.
    ///
    /// - Parameter terminal: The terminal.
    public init(terminal: any ControlSequenceWriter) {
        self.terminal = terminal
    }

    /// Sends the OSC 52 sequence.
    ///
    /// - Parameter text: The text.
    /// - Returns: False when the text is too long or the terminal could not be written.
    public func copy(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= Self.maximumBytes else { return false }
        return terminal.writeControlSequence(Self.sequence(for: bytes))
    }

    /// The OSC 52 sequence that sets the clipboard to `bytes`.
    ///
    /// - Parameter bytes: The UTF-8 text.
    /// - Returns: `ESC ] 52 ; c ; <base64> BEL`.
    public static func sequence(for bytes: [UInt8]) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + Base64.encode(bytes) + [0x07]
    }
}
