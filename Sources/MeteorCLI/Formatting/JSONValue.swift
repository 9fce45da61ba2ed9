/// A JSON value whose objects keep their keys in the order they were written, so that every
/// JSON output of `meteor` is byte-for-byte stable (docs/cli.md documents each shape).
///
/// ```swift
/// let value: JSONValue = .object([("key", .string("button")), ("found", .bool(true))])
/// value.serialized()   // {"key":"button","found":true}
/// ```
public enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, with its members in order.
    case object([Member])

    /// One member of an object: a name and a value.
    public struct Member: Sendable, Hashable {
        /// The member's name.
        public var name: String
        /// The member's value.
        public var value: JSONValue

        /// Creates a member.
        ///
        /// - Parameters:
        ///   - name: The name.
        ///   - value: The value.
        public init(_ name: String, _ value: JSONValue) {
            self.name = name
            self.value = value
        }
    }

    /// Creates an object from name/value pairs, in order.
    ///
    /// - Parameter members: The members.
    /// - Returns: The object.
    public static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(members.map { Member($0.key, $0.value) })
    }

    /// A string, or `null` when `text` is nil.
    ///
    /// - Parameter text: The text.
    /// - Returns: The value.
    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// A member's value when this is an object that has it.
    ///
    /// - Parameter name: The member's name.
    /// - Returns: The value, or nil.
    public subscript(name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.name == name }?.value
    }

    /// The value as compact JSON text on one line, without a trailing newline.
    ///
    /// - Returns: The text.
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .string(let text): Self.writeString(text, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                Self.writeString(member.name, to: &out)
                out += ":"
                member.value.write(to: &out)
            }
            out += "}"
        }
    }

    /// JSON strings use the core's quoting: its escapes are exactly JSON's, so every tool
    /// prints the same escapes for the same value.
    private static func writeString(_ text: String, to out: inout String) {
        out += ValueSyntax.quote(text)
    }
}

extension JSONValue {
    /// The value as indented JSON, two spaces per level, for debug output.
    ///
    /// - Parameter indent: The current indentation.
    /// - Returns: The text.
    public func prettyPrinted(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .array(let items) where !items.isEmpty:
            let body = items.map { inner + $0.prettyPrinted(indent: inner) }
            return "[\n" + body.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members) where !members.isEmpty:
            let body = members.map {
                inner + JSONValue.string($0.name).serialized() + ": "
                    + $0.value.prettyPrinted(indent: inner)
            }
            return "{\n" + body.joined(separator: ",\n") + "\n\(indent)}"
        default:
            return serialized()
        }
    }
}
