import MeteorFormat
import Testing

@Suite struct NamespaceTests {
    // SPEC §2, namespace table (default profile).
    @Test(arguments: [
        ("ui.widgets", 2, false),
        ("", 0, false),
        ("a.b.c.d.e", 5, true),
        ("ui", 1, false),
        ("guides.install", 2, false),
        ("a.b.c.d", 4, false),
        ("_x.y-1.Z_2", 3, false),
    ])
    func acceptsValidNamespace(_ name: String, depth: Int, warns: Bool) throws {
        let limits = Profile.default.limits
        let namespace = try Namespace(validating: name, limits: limits)
        #expect(namespace.name == name)
        #expect(namespace.depth == depth)
        #expect(namespace.isRoot == (depth == 0))
        #expect(
            namespace.parts.map(String.init)
                == (name.isEmpty ? [] : name.split(separator: ".").map(String.init)))
        let warning = namespace.depthWarning(limits: limits)
        #expect((warning != nil) == warns)
        if let warning {
            #expect(warning.severity == .warning)
            #expect(warning.kind == .namespaceDepthWarning)
            #expect(warning.limit == .namespaceWarningDepth)
            #expect(
                warning.message
                    == "namespace `a.b.c.d.e` is 5 levels deep; the default profile warns from 5")
        }
    }

    @Test func rootIsTheEmptyNamespace() throws {
        #expect(try Namespace(validating: "") == .root)
        #expect(Namespace.root.name.isEmpty)
        #expect(Namespace.main.name == "main")
        #expect(Namespace.main.depth == 1)
    }

    @Test func tooDeepNamespaceIsAnErrorNamingLevelsAndMaximum() throws {
        let error = try #require(throws: MeteorError.self) {
            try Namespace(validating: "a.b.c.d.e.f", limits: Profile.default.limits)
        }
        #expect(error.kind == .namespaceTooDeep)
        #expect(error.diagnostic.limit == .namespaceErrorDepth)
        #expect(
            error.message
                == "namespace `a.b.c.d.e.f` has 6 levels; the default profile allows at most 5")
    }

    @Test func depthIsNotEnforcedWhenTurnedOff() throws {
        let namespace = try Namespace(
            validating: "a.b.c.d.e.f.g", limits: Profile.default.limits, enforceDepth: false)
        #expect(namespace.depth == 7)
    }

    // SPEC §2: `ui..w` fails with emptyNamespacePart; the empty part is index 1 (the second
    // part), and the caret points at it.
    @Test func emptyPartIsLocated() throws {
        let error = try #require(throws: MeteorError.self) { try Namespace(validating: "ui..w") }
        #expect(error.kind == .emptyNamespacePart)
        #expect(error.location?.column == 4)
        #expect(error.message == "namespace `ui..w` has an empty part at part 2")
    }

    @Test(arguments: [
        (".ui", 1), ("ui.", 4), ("a..", 3), (".", 1),
    ])
    func leadingOrTrailingDotIsAnEmptyPart(_ name: String, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try Namespace(validating: name) }
        #expect(error.kind == .emptyNamespacePart)
        #expect(error.location?.column == column)
    }

    @Test(arguments: [
        ("2ui", 1), ("ui w", 3), ("ui/w", 3), ("Ünï", 1), ("ui.2w", 4), ("ui.w!", 5),
        ("a.b:c", 4), ("ui.日本", 4),
    ])
    func rejectsInvalidPart(_ name: String, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try Namespace(validating: name) }
        #expect(error.kind == .invalidNamespacePart)
        #expect(error.location?.column == column)
    }

    @Test(arguments: [
        "global", "root", "default", "ctl", "control", "ctx", "context", "ns", "namespace",
    ])
    func rejectsReservedWord(_ word: String) throws {
        let error = try #require(throws: MeteorError.self) {
            try Namespace(validating: "ui.\(word)")
        }
        #expect(error.kind == .reservedNamespacePart)
        #expect(error.message.contains("`\(word)`"))
        #expect(error.location?.column == 4)
        // Reserved words are whole parts only.
        _ = try Namespace(validating: "\(word)s.ui")
    }

    @Test func reservedWordsAreCaseSensitive() throws {
        #expect(try Namespace(validating: "CTL").name == "CTL")
    }

    @Test(arguments: Profile.allCases)
    func partLengthIsLimitedByProfile(_ profile: Profile) throws {
        let limits = profile.limits
        let longest = String(repeating: "n", count: limits.namespacePartLength)
        _ = try Namespace(validating: "ui.\(longest)", limits: limits)
        let error = try #require(throws: MeteorError.self) {
            try Namespace(validating: "ui.\(longest)n", limits: limits)
        }
        expectLimit(error, .namespacePartLength, of: limits)
        #expect(error.location?.column == 4)
    }

    @Test(arguments: Profile.allCases)
    func depthWarnsAtWarningDepthAndFailsAtErrorDepth(_ profile: Profile) throws {
        let limits = profile.limits
        func name(_ depth: Int) -> String { (0..<depth).map { "p\($0)" }.joined(separator: ".") }
        let below = try Namespace(
            validating: name(limits.namespaceWarningDepth - 1), limits: limits)
        #expect(below.depthWarning(limits: limits) == nil)
        for depth in limits.namespaceWarningDepth..<limits.namespaceErrorDepth {
            let warned = try Namespace(validating: name(depth), limits: limits)
            let warning = try #require(warned.depthWarning(limits: limits))
            #expect(
                warning.message.contains(
                    "the \(profile.rawValue) profile warns from \(limits.namespaceWarningDepth)"))
        }
        let error = try #require(throws: MeteorError.self) {
            try Namespace(validating: name(limits.namespaceErrorDepth), limits: limits)
        }
        #expect(error.kind == .namespaceTooDeep)
        #expect(error.diagnostic.limit == .namespaceErrorDepth)
        #expect(
            error.message.contains(
                "the \(profile.rawValue) profile allows at most \(limits.namespaceErrorDepth - 1)"))
    }

    @Test func ordersByUnicodeScalarValues() throws {
        let names = ["ui.x", "ui", "", "UI", "u-i", "ui-x"]
        let sorted = try names.map { try Namespace(validating: $0) }.sorted().map(\.name)
        #expect(sorted == ["", "UI", "u-i", "ui", "ui-x", "ui.x"])
    }
}
