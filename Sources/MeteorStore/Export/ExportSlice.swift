/// The kinds of keys that become files of their own in an export (SPEC §11).
enum ExportSlice: String, CaseIterable, Sendable {
    case sections
    case parts
    case snippets
    case modules

    /// The slice and item name of a key such as `sections[intro]`, or nil for other keys.
    static func classify(_ key: Key) -> (slice: ExportSlice, name: String)? {
        let bracket = key.bracket
        guard bracket.hasSuffix("]"), let open = bracket.firstIndex(of: "[") else { return nil }
        guard let slice = ExportSlice(rawValue: String(bracket[..<open])) else { return nil }
        let name = String(
            bracket[bracket.index(after: open)..<bracket.index(before: bracket.endIndex)])
        guard !name.isEmpty, !name.contains(",") else { return nil }
        return (slice, name)
    }

    /// The name inside `metadata[…]`, or nil for other keys.
    static func metadataName(_ key: Key) -> String? {
        let bracket = key.bracket
        guard bracket.hasPrefix("metadata["), bracket.hasSuffix("]") else { return nil }
        let name = String(bracket.dropFirst("metadata[".count).dropLast())
        return name.isEmpty || name.contains(",") ? nil : name
    }
}
