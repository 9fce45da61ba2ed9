/// Writes the JSON text of the foreign formats: strings with the minimal escapes, members
/// indented by two spaces per level.
enum JSONWriter {
    /// Appends a JSON string, quoted by the core's ``ValueSyntax/quote(_:)``, whose escapes are
    /// exactly JSON's.
    static func string(_ text: String, into out: inout [UInt8]) {
        out += ValueSyntax.quote(text).utf8
    }

    /// Appends a line break and `level` levels of indentation.
    static func newline(_ level: Int, into out: inout [UInt8]) {
        out.append(0x0A)
        out += repeatElement(0x20, count: level * 2)
    }
}
