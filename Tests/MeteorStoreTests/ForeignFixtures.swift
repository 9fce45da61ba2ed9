@testable import MeteorStore

/// Data and helpers shared by the foreign-format tests.
enum ForeignFixtures {
    /// Values that stress every foreign format: quotes, line breaks, `\r`, tabs, emoji,
    /// control characters, `#`, `=`, backslashes, leading and trailing blanks.
    static let values: [String] =
        Fixtures.trickyValues + [
            "\u{0}nul", "del\u{7F}", "back\\slash \\n not an escape", "$HOME and `cmd`",
            "a # not a comment", "#hash", "\u{1F469}\u{200D}\u{1F4BB} zwj", "\u{2028}sep",
            "   ", "\t", "\r", "\"", "'",
        ]

    /// Entries over several contexts and namespaces (root included), in the engine's listing
    /// order, with bracket keys and every tricky value.
    static func engineWithData() throws -> MeteorEngine {
        let engine = MeteorEngine()
        for (index, value) in values.enumerated() {
            try engine.set("app:ui:key\(index)", value)
        }
        try engine.set("app::rootkey", "in the root")
        try engine.set("app:ui:list[0]", "first")
        try engine.set("app:ui:user[name]", "ada")
        try engine.set("doc:guides.install:sections[10_setup]", "# Setup\n")
        try engine.set("user:prefs:theme", "dark")
        try engine.set("app:ui:database.host", "db.local")
        return engine
    }

    /// The decoded entries, or the error's rendered text.
    static func text(_ text: String) -> [UInt8] { Array(text.utf8) }
}
