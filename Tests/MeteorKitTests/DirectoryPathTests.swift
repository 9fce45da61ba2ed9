import Testing

@testable import MeteorKit

@Suite struct DirectoryPathTests {
    @Test(
        arguments: [
            ("app", "app", "main", nil), ("app:", "app", "main", nil), ("app:ui", "app", "ui", nil),
            ("app:ui:a.b", "app", "ui", "a.b"), ("app::a", "app", "", "a"),
            ("app:ui:", "app", "ui", nil),
        ] as [(String, String, String, String?)])
    func grammar(text: String, context: String, namespace: String, prefix: String?) throws {
        let path = try DirectoryPath(parsing: text, limits: .active)
        #expect(path.context.name == context)
        #expect(path.namespace.name == namespace)
        #expect(path.prefix?.flat == prefix)
    }

    @Test(arguments: [
        ("", DiagnosticKind.emptyPath, 1), (":ui", .emptyContext, 1), ("a:b:c:d", .tooManyParts, 6),
        ("app:2ui", .invalidNamespacePart, 5), ("1app", .invalidContext, 1),
        ("app:ui:a b", .invalidKey, 9),
    ])
    func errorsPointIntoThePath(text: String, kind: DiagnosticKind, column: Int) {
        do {
            _ = try DirectoryPath(parsing: text, limits: .active)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.kind == kind)
            #expect(error.location?.column == column, "\(error)")
            #expect(error.location?.lineText == text)
        }
    }

    @Test func engineDirectoryQueries() throws {
        let engine = MeteorEngine()
        try engine.set("app:main:index", "home")
        try engine.set("app:main:docs.a.index", "docs a")
        try engine.set("app:main:docs.a.page", "page")
        #expect(try engine.isDirectory("app"))
        #expect(try engine.getDefault("app:") == "home")
        #expect(try engine.isDirectory("app:main:docs"))
        #expect(try engine.isDirectory("app:main:docs.a"))
        #expect(try !engine.isDirectory("app:main:docs.a.page"))
        #expect(try engine.hasDefault("app:main:docs.a"))
        #expect(try !engine.hasDefault("app:main:docs"))
        #expect(try !engine.isDirectory("user"))
        #expect(try !engine.isFile("app:main:"))
        #expect(try engine.isFile("docs.a.page"))
        expectError(.tooManyParts) { _ = try engine.isDirectory("a:b:c:d") }
    }
}
