/// One scratch slot as a document stores it: a name and its text (SPEC §9, §11).
public struct ScratchNote: Sendable, Hashable, Codable {
    /// The slot's name.
    public var name: String
    /// The slot's text.
    public var value: String

    /// Creates a note.
    ///
    /// - Parameters:
    ///   - name: The slot's name.
    ///   - value: Its text.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    /// Checks that a name can be written as a `name=value` line and read back.
    ///
    /// - Parameter name: The candidate name.
    /// - Returns: Why it cannot, or nil when it can.
    static func problem(with name: String) -> String? {
        if name.isEmpty { return "a scratch slot name cannot be empty" }
        if name.hasPrefix("#") { return "a scratch slot name cannot start with `#`" }
        for byte in name.utf8
        where byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "=")
            || byte == UInt8(ascii: ";")
        {
            return "a scratch slot name cannot contain whitespace, control characters, `=` or `;`"
        }
        return nil
    }
}
