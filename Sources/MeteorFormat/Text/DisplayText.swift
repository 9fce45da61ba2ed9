/// Makes text safe to show on one terminal line: control characters become visible symbols.
public enum DisplayText {
    /// Replaces control characters with their Unicode "control picture" (`␊` for a line feed,
    /// `␉` for a tab, `␀` for NUL, `␡` for DEL) so nothing invisible moves the cursor.
    ///
    /// - Parameter text: Any text.
    /// - Returns: Text with one visible character per control character.
    public static func visible(_ text: some StringProtocol) -> String {
        var needsWork = false
        for scalar in text.unicodeScalars where isControl(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return String(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(isControl(scalar) ? picture(for: scalar) : scalar)
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

    private static func picture(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + scalar.value) ?? "?"
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
