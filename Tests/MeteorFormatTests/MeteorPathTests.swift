import MeteorFormat
import Testing

private func key(_ context: String, _ namespace: String, _ key: String) throws -> PathTarget {
    .key(
        Address(
            try Context(validating: context), try Namespace(validating: namespace),
            try Key(validating: key)))
}

@Suite struct MeteorPathTests {
    // SPEC §7 table, with `user` for ctx and `prefs` for ns (`ns` itself is a reserved word).
    @Test(arguments: [
        ("user:prefs:theme", try key("user", "prefs", "theme")),
        ("user::theme", try key("user", "", "theme")),
        ("theme", try key("app", "main", "theme")),
        ("user:theme", try key("user", "main", "theme")),
        (
            "user:prefs:",
            PathTarget.namespace(
                try Context(validating: "user"), try Namespace(validating: "prefs"))
        ),
        ("user:", .namespace(try Context(validating: "user"), .main)),
        ("user::", .context(try Context(validating: "user"))),
        ("ctx:ui:key", try key("ctx", "ui", "key")),
    ])
    func parsesSpecPath(_ path: String, target: PathTarget) throws {
        #expect(try MeteorPath.parse(path) == target)
    }

    @Test(arguments: [
        ("", DiagnosticKind.emptyPath, 1),
        ("a:b:c:d", .tooManyParts, 6),
        (":ns:key", .emptyContext, 1),
        (":key", .emptyContext, 1),
        ("::", .emptyContext, 1),
        (":", .emptyContext, 1),
        ("1x:ns:key", .invalidContext, 1),
        ("app:ui..x:key", .emptyNamespacePart, 8),
        ("app:ui.ctl:", .reservedNamespacePart, 8),
        ("app:ui:a b", .invalidKey, 9),
        ("app:ui:list[", .invalidBracket, 12),
        ("app:ui:a=b", .invalidKey, 9),
        ("a b", .invalidKey, 2),
    ])
    func rejectsBadPath(_ path: String, kind: DiagnosticKind, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try MeteorPath.parse(path) }
        #expect(error.kind == kind)
        #expect(error.location?.column == column)
        #expect(error.location?.segment == nil)
        #expect(error.hint != nil)
    }

    @Test func structuredErrorHasMessageSpanAndHint() throws {
        let error = try #require(throws: MeteorError.self) { try MeteorPath.parse("a:b:c:d") }
        #expect(error.message == "a path has at most three parts, `ctx:ns:key`")
        #expect(error.location?.length == 2)
        #expect(error.hint == "keys cannot contain `:`; use `.` inside keys (`database.host`)")
        let empty = try #require(throws: MeteorError.self) { try MeteorPath.parse(":ns:key") }
        #expect(empty.hint == "start the path with a context, e.g. `app:ns:key`")
    }

    @Test(arguments: [
        ("app:ui:list[0]", "list__i_0"), ("app:ui:list__i_0", "list__i_0"),
        ("app:ui:user[name]", "user__name"), ("app:ui:grid[2, 3]", "grid__i_2_3"),
        ("user[name]", "user__name"),
    ])
    func keysMayUseEitherSpelling(_ path: String, flat: String) throws {
        guard case .key(let address) = try MeteorPath.parse(path) else {
            Issue.record("\(path) is not a key path")
            return
        }
        #expect(address.key.flat == flat)
    }

    // SPEC §7: a dotted string without `:` is a key in app:main; explain says so.
    @Test func dottedPathIsAKeyInAppMain() throws {
        #expect(try MeteorPath.parse("app.ui.button") == key("app", "main", "app.ui.button"))
        #expect(
            try MeteorPath.explain("app.ui.button") == [
                "`app.ui.button` names the key app:main:app.ui.button",
                "a path without `:` is a key in app:main; did you mean `app:ui:button`?",
            ])
    }

    @Test func explainMentionsTheFlatForm() throws {
        #expect(
            try MeteorPath.explain("app:ui:list[0]") == [
                "`app:ui:list[0]` names the key app:ui:list[0]",
                "its key is stored in flat form as `list__i_0`",
            ])
        #expect(try MeteorPath.explain("doc::") == ["`doc::` names the context doc"])
        #expect(try MeteorPath.explain("doc:") == ["`doc:` names the namespace doc:main"])
    }

    @Test(arguments: Profile.allCases)
    func pathsEnforceTheProfile(_ profile: Profile) throws {
        let limits = profile.limits
        let deep = (0..<limits.namespaceErrorDepth).map { "d\($0)" }.joined(separator: ".")
        let tooDeep = try #require(throws: MeteorError.self) {
            try MeteorPath.parse("app:\(deep):", limits: limits)
        }
        #expect(tooDeep.kind == .namespaceTooDeep)
        let key = String(repeating: "k", count: limits.keyLength + 1)
        expectLimit(
            try #require(throws: MeteorError.self) { try MeteorPath.parse(key, limits: limits) },
            .keyLength, of: limits)
        let part = String(repeating: "c", count: limits.namespacePartLength + 1)
        expectLimit(
            try #require(throws: MeteorError.self) {
                try MeteorPath.parse("\(part)::", limits: limits)
            }, .namespacePartLength, of: limits)
    }

    @Test(arguments: [
        ("app:ui:button", "app:ui:button"), ("app:ui:", "app:ui:"), ("app::", "app::"),
        ("app:", "app:main:"), ("k", "app:main:k"), ("app::list__i_0", "app::list[0]"),
    ])
    func targetPrintsAsAPath(_ path: String, printed: String) throws {
        let target = try MeteorPath.parse(path)
        #expect(target.description == printed)
        #expect(try MeteorPath.parse(printed) == target)
    }

    @Test func targetKnowsItsContextAndNoun() throws {
        #expect(try MeteorPath.parse("doc:x:k").context.name == "doc")
        #expect(try MeteorPath.parse("doc:x:").noun == "the namespace doc:x")
        #expect(try MeteorPath.parse("doc::").noun == "the context doc")
        #expect(try MeteorPath.parse("doc:x:k").noun == "the key doc:x:k")
    }
}
