/// One `"name": value` member of a JSON object, kept in file order.
struct JSONMember: Sendable {
    /// The member name, unescaped.
    var name: String
    /// The byte offset of the name's opening quote.
    var nameOffset: Int
    /// The byte length of the name's text, quotes included.
    var nameLength: Int
    /// Whether the name had no escapes, so its characters map one to one onto the file.
    var nameIsVerbatim: Bool
    /// The value.
    var value: JSONNode
}
