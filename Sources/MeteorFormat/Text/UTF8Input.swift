/// Text that arrives as raw bytes (command-line arguments, standard input, REPL lines),
/// checked before anything reads it: Swift would otherwise turn each bad byte into U+FFFD
/// and store it silently.
public enum UTF8Input {
    /// Decodes bytes as UTF-8, refusing any that are not.
    ///
    /// - Parameters:
    ///   - bytes: The input.
    ///   - name: What the input is, for the message: `standard input`, `argument 2`.
    ///   - file: The name the location shows (`<stdin>:2:3`), or nil for a single line
    ///     such as an argument (`column 3`).
    /// - Returns: The text.
    /// - Throws: ``DiagnosticKind/invalidUTF8`` at the first bad byte, whose offset the
    ///   message gives.
    public static func decode(_ bytes: [UInt8], name: String, file: String? = nil)
        throws(MeteorError) -> String
    {
        do {
            _ = try UTF8Span(validating: bytes.span)
        } catch {
            let offset = error.byteOffsets.lowerBound
            var location = SourceLocation.locate(in: bytes.span, offset: offset)
            location.file = file
            let byte = String(bytes[offset], radix: 16, uppercase: true)
            throw MeteorError(
                .invalidUTF8,
                "\(name) is not valid UTF-8: byte \(offset) is 0x\(byte.count == 1 ? "0" : "")\(byte)",
                at: location,
                hint: "Meteor reads text as UTF-8; convert it first, e.g. with "
                    + "`iconv -f latin1 -t utf-8`")
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
