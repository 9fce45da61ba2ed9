/// One JSON value read by ``JSONReader``, with where its text starts and ends in the file.
struct JSONNode: Sendable {
    /// What the value is.
    enum Kind: Sendable {
        /// An object, its members in file order.
        case object([JSONMember])
        /// An array.
        case array([JSONNode])
        /// A string, unescaped.
        case string(String)
        /// A number, as written.
        case number(String)
        /// `true` or `false`.
        case bool(Bool)
        /// `null`.
        case null
    }

    /// What the value is.
    var kind: Kind
    /// The byte offset of the value's first byte.
    var offset: Int
    /// The byte length of the value's text.
    var length: Int

    /// The JSON type with its article, for messages: `a number`, `an object`.
    var typeName: String {
        switch kind {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number(let text):
            "a number (\(text.count > 32 ? text.prefix(32) + "…" : Substring(text)))"
        case .bool(let value): "a boolean (\(value))"
        case .null: "null"
        }
    }
}
