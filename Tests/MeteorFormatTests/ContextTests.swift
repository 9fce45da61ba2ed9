import MeteorFormat
import Testing

@Suite struct ContextTests {
    @Test(arguments: ["app", "file1", "_tmp", "user", "A", "a-b", "x_1-y", "_", "Z9"])
    func acceptsValidName(_ name: String) throws {
        let context = try Context(validating: name)
        #expect(context.name == name)
        #expect(context.description == name)
    }

    @Test(arguments: [
        ("1x", DiagnosticKind.invalidContext, 1),
        ("a b", .invalidContext, 2),
        ("", .emptyContext, 1),
        ("-a", .invalidContext, 1),
        ("a.b", .invalidContext, 2),
        ("ü", .invalidContext, 1),
        ("aü", .invalidContext, 2),
        ("a:b", .invalidContext, 2),
        ("a\u{1}", .invalidContext, 2),
        ("日本", .invalidContext, 1),
    ])
    func rejectsInvalidName(_ name: String, kind: DiagnosticKind, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try Context(validating: name) }
        #expect(error.kind == kind)
        #expect(error.location?.column == column)
        #expect(error.hint != nil)
    }

    @Test func invalidCharacterIsNamedInTheMessage() throws {
        let error = try #require(throws: MeteorError.self) { try Context(validating: "ab/c") }
        #expect(
            error.message
                == "context `ab/c` may only contain ASCII letters, digits, `_` and `-`; found `/`")
    }

    @Test(arguments: Profile.allCases)
    func nameLengthIsLimitedByProfile(_ profile: Profile) throws {
        let limits = profile.limits
        let longest = String(repeating: "c", count: limits.namespacePartLength)
        #expect(try Context(validating: longest, limits: limits).name == longest)
        let error = try #require(throws: MeteorError.self) {
            try Context(validating: longest + "c", limits: limits)
        }
        expectLimit(error, .namespacePartLength, of: limits)
    }

    @Test func defaultLimitsAreTheBuildProfile() throws {
        let longest = String(repeating: "c", count: Limits.active.namespacePartLength)
        _ = try Context(validating: longest)
        let error = try #require(throws: MeteorError.self) {
            try Context(validating: longest + "c")
        }
        expectLimit(error, .namespacePartLength, of: .active)
    }

    @Test func ordersByUnicodeScalarValues() throws {
        let names = ["b", "B", "_a", "a", "a-b", "a1", "Z"]
        let sorted = try names.map { try Context(validating: $0) }.sorted().map(\.name)
        #expect(sorted == ["B", "Z", "_a", "a", "a-b", "a1", "b"])
    }

    @Test func defaultContextIsApp() {
        #expect(Context.app.name == "app")
    }
}
