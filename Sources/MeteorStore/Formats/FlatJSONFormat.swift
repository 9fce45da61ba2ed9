/// Reads and writes flat JSON objects whose member names are key paths:
/// `{"app:ui:button": "click", "doc:guides:sections[intro]": "# Intro\n"}`.
///
/// Names follow the key-path grammar of SPEC §7 (`ctx:ns:key`, `ctx::key` for the root
/// namespace, and the short forms `ctx:key` and `key`), in bracket or flat spelling; values
/// must be JSON strings. Member order is entry order, both ways.
public enum FlatJSONFormat {
    /// Writes entries as one flat JSON object, one member per line, keys in bracket form.
    ///
    /// - Parameter entries: The entries, in the order to keep (the engine's listing order).
    /// - Returns: UTF-8 JSON ending with a newline; `{}` when there are no entries.
    public static func encode(_ entries: some Sequence<Entry>) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        var first = true
        for entry in entries {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONWriter.newline(1, into: &out)
            JSONWriter.string(entry.address.description, into: &out)
            out += [UInt8(ascii: ":"), 0x20]
            JSONWriter.string(entry.value, into: &out)
        }
        if !first { out.append(0x0A) }
        out += [UInt8(ascii: "}"), 0x0A]
        return out
    }

    /// Reads a flat JSON object, all or nothing.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes (UTF-8, an optional BOM).
    ///   - file: The name used in diagnostics.
    ///   - limits: The limits names, keys and values are checked against.
    /// - Returns: The entries in member order.
    /// - Throws: The first problem, at `file:line:column`: JSON syntax, a member name that is
    ///   not a key path, a value that is not a string (the message names the key and the JSON
    ///   type), a key given twice, an append key (`list[]`) or an exceeded limit.
    public static func decode(_ bytes: [UInt8], file: String, limits: Limits = .active)
        throws(MeteorError) -> [Entry]
    {
        let source = ForeignSource(bytes: bytes, file: file)
        let root = try JSONReader.parse(source)
        guard case .object(let members) = root.kind else {
            throw source.error(
                .invalidDocument, "expected a JSON object of key paths, found \(root.typeName)",
                offset: root.offset, hint: "write {\"app:main:key\": \"value\"}")
        }
        var collected = ForeignEntries(source: source, limits: limits)
        for member in members {
            let keyRange = member.nameOffset..<(member.nameOffset + member.nameLength)
            let address: Address
            do {
                address = try Address(parsing: member.name, limits: limits)
            } catch {
                throw source.relocate(
                    error, text: member.name, at: member.nameOffset + 1,
                    verbatim: member.nameIsVerbatim)
            }
            guard case .string(let value) = member.value.kind else {
                throw source.error(
                    .invalidDocument,
                    "the value of `\(member.name)` is \(member.value.typeName); "
                        + "values must be JSON strings",
                    offset: member.value.offset, length: member.value.length,
                    hint: hint(for: member.value))
            }
            let valueRange = member.value.offset..<(member.value.offset + member.value.length)
            try collected.add(address, value, keyAt: keyRange, valueAt: valueRange)
        }
        return collected.entries
    }

    /// What to write instead of a value that is not a string.
    static func hint(for node: JSONNode) -> String {
        switch node.kind {
        case .number(let text): "quote it to keep it as text: \"\(text)\""
        case .bool(let value): "quote it to keep it as text: \"\(value)\""
        case .null: "use \"\" for an empty value, or leave the key out"
        case .object, .array: "nested data is the nested-json format; here each key holds text"
        case .string: "values are strings"
        }
    }
}
