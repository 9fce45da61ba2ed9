/// The character rules shared by context names and namespace parts (SPEC §2).
enum NameRules {
    /// What a name is, for messages and error kinds.
    enum Role {
        case context
        case namespacePart(Int)

        var invalidKind: DiagnosticKind {
            if case .context = self { return .invalidContext }
            return .invalidNamespacePart
        }

        var noun: String {
            switch self {
            case .context: "context"
            case .namespacePart(let index): "namespace part \(index + 1)"
            }
        }
    }

    /// Words that may not be namespace parts: they would read as control syntax.
    static let reserved: [StaticString] = [
        "global", "root", "default", "ctl", "control", "ctx", "context", "ns", "namespace",
    ]

    /// Checks one non-empty name part: first byte a letter or `_`, then letters, digits, `_`,
    /// `-`; within the part length limit; not reserved (for namespace parts).
    static func checkPart(
        _ bytes: borrowing Span<UInt8>, _ range: Range<Int>, role: Role, limits: Limits,
        segment: Int?
    ) throws(MeteorError) {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let ok =
                index == range.lowerBound
                ? byte.isASCIILetter || byte == .underscore : byte.isNameByte
            if !ok {
                let scalarLength = byte >= 0x80 ? utf8Length(leading: byte) : 1
                let found = bytes.string(index..<min(range.upperBound, index + scalarLength))
                let name = bytes.string(range)
                let why =
                    index == range.lowerBound
                    ? "must start with an ASCII letter or `_`"
                    : "may only contain ASCII letters, digits, `_` and `-`"
                throw MeteorError(
                    role.invalidKind,
                    "\(role.noun) `\(name)` \(why); found `\(DisplayText.visible(found))`",
                    at: .locate(
                        in: bytes, offset: index, byteLength: scalarLength, segment: segment),
                    hint: "names look like `app`, `ui`, `file_1` or `guides-v2`")
            }
            index += 1
        }
        if range.count > limits.namespacePartLength {
            throw limits.exceeded(
                .namespacePartLength, actual: range.count,
                what: "the length of \(role.noun) `\(bytes.string(range))`",
                at: .locate(
                    in: bytes, offset: range.lowerBound, byteLength: range.count,
                    segment: segment))
        }
        if case .namespacePart = role {
            for word in reserved where bytes.equals(range, word) {
                throw MeteorError(
                    .reservedNamespacePart,
                    "\(role.noun) `\(word)` is a reserved word",
                    at: .locate(
                        in: bytes, offset: range.lowerBound, byteLength: range.count,
                        segment: segment),
                    hint: "reserved words are global, root, default, ctl, control, ctx, "
                        + "context, ns and namespace; choose another name")
            }
        }
    }

    /// The number of bytes of a UTF-8 sequence from its leading byte.
    static func utf8Length(leading byte: UInt8) -> Int {
        switch byte {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }
}
