/// One item of a document slice such as `sections[10_intro]` (SPEC §9, §11).
public struct DocumentItem: Sendable, Hashable {
    /// The item's name: the text inside the brackets, such as `10_intro`.
    public var name: String
    /// The key, such as `sections[10_intro]`.
    public var key: Key
    /// The value.
    public var value: String

    /// Creates an item.
    ///
    /// - Parameters:
    ///   - name: The name inside the brackets.
    ///   - key: The key.
    ///   - value: The value.
    public init(name: String, key: Key, value: String) {
        self.name = name
        self.key = key
        self.value = value
    }

    /// The number the name starts with (`10` for `10_intro`), if any; it orders items.
    public var numericPrefix: Int? {
        let digits = name.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty else { return nil }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}
