import MeteorFormat
import Testing

/// A small store of addresses to run patterns over: contexts, nested and root namespaces,
/// bracket keys and dotted keys.
private let addresses: [String] = [
    "app:ui:btn", "app:ui:btnOK", "app:ui:button", "app:ui:theme", "app:ui:list__i_0",
    "app:ui:list__i_1", "app:ui:user__name", "app:ui.widgets:theme", "app:ui.widgets:btn2",
    "app::theme", "app:main:theme", "app:main:db.host", "user:prefs:theme", "user::theme",
    "user:a.b.c:theme", "doc:guides:theme", "doc:guides:themes", "doc:k:日本",
]

private func matches(_ pattern: String) throws -> [String] {
    let query = try QueryPattern(pattern)
    return try addresses.filter { text in
        let address = try Address(parsing: text)
        return query.matches(
            context: address.context, namespace: address.namespace, key: address.key)
    }
}

@Suite struct QueryPatternTests {
    // SPEC §8 table.
    @Test(arguments: [
        ("app:ui:btn*", ["app:ui:btn", "app:ui:btnOK"]),
        (
            "*:*:theme",
            [
                "app:ui:theme", "app::theme", "app:main:theme", "user:prefs:theme", "user::theme",
                "doc:guides:theme",
            ]
        ),
        ("app:**:theme", ["app:ui:theme", "app:ui.widgets:theme", "app::theme", "app:main:theme"]),
        ("app:ui:button", ["app:ui:button"]),
    ])
    func matchesSpecRow(_ pattern: String, expected: [String]) throws {
        #expect(try matches(pattern) == expected)
    }

    @Test(arguments: [
        ("app:ui:b?n", ["app:ui:btn"]),
        ("app:ui:???", ["app:ui:btn"]),
        ("app:ui:btn?*", ["app:ui:btnOK"]),
        ("theme", ["app:main:theme"]),
        ("user:theme", []),
        ("user::theme", ["user::theme"]),
        (
            "app:ui:",
            [
                "app:ui:btn", "app:ui:btnOK", "app:ui:button", "app:ui:theme", "app:ui:list__i_0",
                "app:ui:list__i_1", "app:ui:user__name",
            ]
        ),
        ("app:ui:list[*]", ["app:ui:list__i_0", "app:ui:list__i_1"]),
        ("app:ui:list__i_*", ["app:ui:list__i_0", "app:ui:list__i_1"]),
        ("app:ui:list[1]", ["app:ui:list__i_1"]),
        ("app:ui:user[name]", ["app:ui:user__name"]),
        ("app:ui:*[*]", ["app:ui:list__i_0", "app:ui:list__i_1", "app:ui:user__name"]),
        ("app:ui*:theme", ["app:ui:theme"]),
        ("app:ui.*:*", ["app:ui.widgets:theme", "app:ui.widgets:btn2"]),
        (
            "*:**:theme",
            [
                "app:ui:theme", "app:ui.widgets:theme", "app::theme", "app:main:theme",
                "user:prefs:theme", "user::theme", "user:a.b.c:theme", "doc:guides:theme",
            ]
        ),
        ("app:main:db*", ["app:main:db.host"]),
        ("app:main:*host", ["app:main:db.host"]),
        ("d*:*:theme?", ["doc:guides:themes"]),
        ("doc:k:??", ["doc:k:日本"]),
        ("doc:k:?", []),
        (
            "*:*:*",
            [
                "app:ui:btn", "app:ui:btnOK", "app:ui:button", "app:ui:theme", "app:ui:list__i_0",
                "app:ui:list__i_1", "app:ui:user__name", "app::theme", "app:main:theme",
                "app:main:db.host", "user:prefs:theme", "user::theme", "doc:guides:theme",
                "doc:guides:themes", "doc:k:日本",
            ]
        ),
        ("app:ui:utton", []),
        ("app:ui:butto", []),
    ])
    func matchesGlobParts(_ pattern: String, expected: [String]) throws {
        #expect(try matches(pattern) == expected)
    }

    @Test(arguments: [
        ("", DiagnosticKind.emptyPath, 1),
        ("a:b:c:d", .tooManyParts, 6),
        (":ui:x", .emptyContext, 1),
        ("app:ui:a b", .invalidPattern, 9),
        ("app:ui:a;b", .invalidPattern, 9),
        ("app:ui:a=b", .invalidPattern, 9),
        (#"app:ui:"x""#, .invalidPattern, 8),
        ("app:ui:'x'", .invalidPattern, 8),
        ("app:ui:\tx", .invalidPattern, 8),
        ("app:ui:\u{1}", .invalidPattern, 8),
    ])
    func rejectsMalformedPattern(_ pattern: String, kind: DiagnosticKind, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try QueryPattern(pattern) }
        #expect(error.kind == kind)
        #expect(error.location?.column == column)
    }

    @Test func keepsItsPartsAndText() throws {
        let pattern = try QueryPattern("doc:**:sec*")
        #expect(pattern.context.text == "doc")
        #expect(pattern.namespace.text == "**")
        #expect(pattern.key.text == "sec*")
        #expect(pattern.description == "doc:**:sec*")
        let short = try QueryPattern("k*")
        #expect(short.context.text == "app")
        #expect(short.namespace.text == "main")
    }

    @Test func neverFallsBackToSubstringMatching() throws {
        let pattern = try QueryPattern("app:ui:utt")
        #expect(!pattern.matches(key: try Key(validating: "button")))
        #expect(pattern.matches(key: try Key(validating: "utt")))
    }
}
