import MeteorFormat

/// An entry at `address` (a key path) holding `value`.
///
/// - Parameters:
///   - address: A key path such as `app:ui:list[0]`.
///   - value: The value.
/// - Returns: The entry.
/// - Throws: A ``MeteorError`` when the path is not a key path.
func entry(_ address: String, _ value: String) throws -> Entry {
    Entry(try Address(parsing: address), value)
}

/// Entries that exercise the serializers: several contexts and namespaces, the root namespace,
/// bracket and append keys, and values that need quoting.
///
/// - Returns: The entries, in order.
/// - Throws: Never in practice; the addresses are valid.
func sampleEntries() throws -> [Entry] {
    [
        try entry("app:main:button", "click"),
        try entry("app:main:msg", "Hello; World"),
        try entry("app:ui:list[0]", "first"),
        try entry("app:ui:list[]", "next"),
        try entry("user:ui:theme", "dark"),
        try entry("user::root", " padded "),
        try entry("user::quote", #"say "hi""#),
        try entry("doc:guides.install:sections[intro]", "line 1\nline 2"),
    ]
}
