/// Reads and writes nested JSON objects: contexts hold namespaces, namespaces hold keys.
///
/// ```json
/// {
///   "app": {
///     "": { "rootkey": "in the root namespace" },
///     "ui": { "button": "click", "list[0]": "first" }
///   }
/// }
/// ```
///
/// The root namespace is the member `""`. Keys are written in bracket form and read in
/// either spelling; values must be JSON strings. Member order is entry order, both ways.
public enum NestedJSONFormat {
    /// Writes entries as nested objects.
    ///
    /// Contexts and namespaces appear in the order of their first entry, keys in entry order,
    /// so entries in the engine's listing order come back in the same order.
    ///
    /// - Parameter entries: The entries.
    /// - Returns: UTF-8 JSON ending with a newline; `{}` when there are no entries.
    public static func encode(_ entries: some Sequence<Entry>) -> [UInt8] {
        var groups: [(Context, [(Namespace, [Entry])])] = []
        var contextIndex: [Context: Int] = [:]
        var namespaceIndex: [Context: [Namespace: Int]] = [:]
        for entry in entries {
            let c = contextIndex[entry.context] ?? groups.count
            if c == groups.count {
                contextIndex[entry.context] = c
                groups.append((entry.context, []))
            }
            let n = namespaceIndex[entry.context]?[entry.namespace] ?? groups[c].1.count
            if n == groups[c].1.count {
                namespaceIndex[entry.context, default: [:]][entry.namespace] = n
                groups[c].1.append((entry.namespace, []))
            }
            groups[c].1[n].1.append(entry)
        }
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (c, (context, namespaces)) in groups.enumerated() {
            member(context.name, first: c == 0, level: 1, into: &out)
            for (n, (namespace, keys)) in namespaces.enumerated() {
                member(namespace.name, first: n == 0, level: 2, into: &out)
                for (k, entry) in keys.enumerated() {
                    member(entry.key.bracket, first: k == 0, level: 3, into: &out)
                    JSONWriter.string(entry.value, into: &out)
                }
                close(level: 2, into: &out)
            }
            close(level: 1, into: &out)
        }
        if !groups.isEmpty { out.append(0x0A) }
        out += [UInt8(ascii: "}"), 0x0A]
        return out
    }

    /// Reads nested JSON, all or nothing.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes (UTF-8, an optional BOM).
    ///   - file: The name used in diagnostics.
    ///   - limits: The limits names, keys and values are checked against.
    /// - Returns: The entries in member order.
    /// - Throws: The first problem, at `file:line:column`: JSON syntax, an invalid context,
    ///   namespace or key, a level that is not an object, a value that is not a string (named
    ///   with its JSON type), a name given twice, an append key or an exceeded limit.
    public static func decode(_ bytes: [UInt8], file: String, limits: Limits = .active)
        throws(MeteorError) -> [Entry]
    {
        let source = ForeignSource(bytes: bytes, file: file)
        let root = try JSONReader.parse(source)
        var collected = ForeignEntries(source: source, limits: limits)
        let contexts = try members(of: root, "the file", expecting: "contexts", source)
        var seenContexts: Set<Context> = []
        for contextMember in contexts {
            let context = try validate(contextMember, source) { name throws(MeteorError) in
                try Context(validating: name, limits: limits)
            }
            try unique(&seenContexts, context, "context `\(context.name)`", contextMember, source)
            let namespaces = try members(
                of: contextMember.value, "context `\(context.name)`", expecting: "namespaces",
                source)
            var seenNamespaces: Set<Namespace> = []
            for namespaceMember in namespaces {
                let namespace = try validate(namespaceMember, source) { name throws(MeteorError) in
                    try Namespace(validating: name, limits: limits)
                }
                try unique(
                    &seenNamespaces, namespace, "namespace `\(context.name):\(namespace.name)`",
                    namespaceMember, source)
                let keys = try members(
                    of: namespaceMember.value, "namespace `\(context.name):\(namespace.name)`",
                    expecting: "keys", source)
                for keyMember in keys {
                    let key = try validate(keyMember, source) { name throws(MeteorError) in
                        try Key(validating: name, limits: limits)
                    }
                    let address = Address(context, namespace, key)
                    let value = keyMember.value
                    guard case .string(let text) = value.kind else {
                        throw source.error(
                            .invalidDocument,
                            "the value of `\(address)` is \(value.typeName); values must be "
                                + "JSON strings",
                            offset: value.offset, length: value.length,
                            hint: FlatJSONFormat.hint(for: value))
                    }
                    try collected.add(
                        address, text,
                        keyAt: keyMember.nameOffset..<(keyMember.nameOffset + keyMember.nameLength),
                        valueAt: value.offset..<(value.offset + value.length))
                }
            }
        }
        return collected.entries
    }

    // MARK: - Reading

    private static func members(
        of node: JSONNode, _ owner: String, expecting: String, _ source: ForeignSource
    ) throws(MeteorError) -> [JSONMember] {
        guard case .object(let members) = node.kind else {
            throw source.error(
                .invalidDocument,
                "\(owner) holds \(node.typeName); expected an object of \(expecting)",
                offset: node.offset, length: node.kind.isContainer ? 1 : node.length,
                hint: "nested JSON is {\"ctx\": {\"ns\": {\"key\": \"value\"}}}")
        }
        return members
    }

    private static func validate<Name>(
        _ member: JSONMember, _ source: ForeignSource,
        _ make: (String) throws(MeteorError) -> Name
    ) throws(MeteorError) -> Name {
        do {
            return try make(member.name)
        } catch {
            throw source.relocate(
                error, text: member.name, at: member.nameOffset + 1,
                verbatim: member.nameIsVerbatim)
        }
    }

    private static func unique<Name: Hashable>(
        _ seen: inout Set<Name>, _ name: Name, _ what: String, _ member: JSONMember,
        _ source: ForeignSource
    ) throws(MeteorError) {
        guard seen.insert(name).inserted else {
            throw source.error(
                .invalidDocument, "\(what) appears twice", offset: member.nameOffset,
                length: member.nameLength, hint: "merge the two objects into one")
        }
    }

    // MARK: - Writing

    private static func member(_ name: String, first: Bool, level: Int, into out: inout [UInt8]) {
        if first {
            if level > 1 { out.append(UInt8(ascii: "{")) }
        } else {
            out.append(UInt8(ascii: ","))
        }
        JSONWriter.newline(level, into: &out)
        JSONWriter.string(name, into: &out)
        out += [UInt8(ascii: ":"), 0x20]
    }

    private static func close(level: Int, into out: inout [UInt8]) {
        JSONWriter.newline(level, into: &out)
        out.append(UInt8(ascii: "}"))
    }
}

extension JSONNode.Kind {
    /// Whether the value is an object or an array, whose text spans lines.
    var isContainer: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }
}
