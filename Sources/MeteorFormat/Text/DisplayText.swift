/// Makes text safe to show on one terminal line: control characters become visible symbols.
public enum DisplayText {
    /// Replaces control characters with their Unicode "control picture" (`␊` for a line feed,
    /// `␉` for a tab, `␀` for NUL, `␡` for DEL), and bidirectional formatting characters with
    /// their code point (`<U+202E>`), so nothing invisible moves the cursor or reorders what
    /// follows.
    ///
    /// - Parameter text: Any text.
    /// - Returns: Text with every control character replaced by a visible form.
    public static func visible(_ text: some StringProtocol) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where isControl(scalar) || isBidiControl(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(picture(for: scalar))
            } else if isBidiControl(scalar) {
                result.append(contentsOf: codePoint(of: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a scalar is a C0 or C1 control character or DEL.
    ///
    /// - Parameter scalar: The scalar.
    /// - Returns: `true` for U+0000–U+001F, U+007F–U+009F.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// Whether a scalar is a bidirectional formatting character: the embeddings, overrides
    /// and isolates (U+202A–U+202E, U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
    ///
    /// They are invisible, and a terminal or a copy of the text that honours them shows what
    /// follows in another order ("Trojan Source").
    ///
    /// - Parameter scalar: The scalar.
    /// - Returns: Whether it reorders or marks text direction.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }

    private static func picture(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + scalar.value) ?? "?"
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// `<U+202E>`, as `less` shows characters it will not print.
    private static func codePoint(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)>"
    }
}
