import Testing

@testable import MeteorKit

@Suite struct NamespaceViewTests {
    private func document() throws -> (MeteorEngine, NamespaceView) {
        let engine = MeteorEngine()
        try engine.process(
            meteorStream: """
                doc:guide:title=Install;sections[setup]=Setup;sections[10_intro]=Intro\
                ;sections[2_first]=First;sections[extra]=Extra;metadata[order.setup]=1\
                ;metadata[lang]=md;parts[b]=B;parts[a]=A;snippets[05_x]=X;index=Home\
                ;sections[1]=One
                """)
        let view = try #require(
            engine.namespaceView(context: try ctx("doc"), namespace: try ns("guide")))
        return (engine, view)
    }

    @Test func entriesKeysValuesInOrder() throws {
        let (_, view) = try document()
        #expect(view.count == 12)
        #expect(view.context.name == "doc")
        #expect(view.namespace.name == "guide")
        #expect(Array(view.keys).first?.bracket == "title")
        #expect(Array(view.values).prefix(2) == ["Install", "Setup"])
        #expect(Array(view.entries).count == 12)
    }

    @Test func getAndHasKeyInEitherSpelling() throws {
        let (_, view) = try document()
        #expect(view.get(try key("sections[setup]")) == "Setup")
        #expect(view.get("sections__setup") == "Setup")
        #expect(view.get("sections[setup]") == "Setup")
        #expect(view.get("bad key") == nil)
        #expect(view.hasKey(try key("title")))
        #expect(view.hasKey("metadata[lang]"))
        #expect(!view.hasKey("nope"))
        #expect(view.hasDefault)
        #expect(view.defaultValue == "Home")
    }

    @Test func findKeysMatchesEitherSpelling() throws {
        let (_, view) = try document()
        #expect(view.findKeys("sections[*]").count == 5)
        #expect(view.findKeys("sections__*").count == 5)
        #expect(view.findKeys("parts[?]").map(\.bracket) == ["parts[b]", "parts[a]"])
        #expect(view.findKeys("*").count == 12)
        #expect(view.findKeys("t*").map(\.bracket) == ["title"])
    }

    @Test func documentSlicesAreOrdered() throws {
        let (_, view) = try document()
        // Numeric prefix first (1, 2, 10), then metadata order (setup: 1), then insertion.
        #expect(view.sections.map(\.name) == ["1", "2_first", "10_intro", "setup", "extra"])
        #expect(view.sections.map(\.numericPrefix) == [1, 2, 10, nil, nil])
        #expect(view.parts.map(\.name) == ["b", "a"])
        #expect(view.snippets.map(\.value) == ["X"])
        #expect(view.metadata.map(\.name) == ["order.setup", "lang"])
        #expect(view.items("nothing").isEmpty)
    }

    @Test func fullPrefersTheFullKeyThenSectionsThenParts() throws {
        let engine = MeteorEngine()
        try engine.process(
            tokenStream:
                "ns=a; sections[2]=\"two\n\"; sections[1]=one; ns=b; parts[x]=x; parts[y]=y")
        let a = try #require(engine.namespaceView(context: .app, namespace: try ns("a")))
        #expect(a.full == "one\ntwo\n")
        let b = try #require(engine.namespaceView(context: .app, namespace: try ns("b")))
        #expect(b.full == "x\ny")
        try engine.set("app:a:full", "whole")
        #expect(engine.namespaceView(context: .app, namespace: try ns("a"))?.full == "whole")
        try engine.set("app:c:k", "v")
        #expect(engine.namespaceView(context: .app, namespace: try ns("c"))?.full == nil)
    }

    @Test func viewIsASnapshot() throws {
        let (engine, view) = try document()
        try engine.set("doc:guide:title", "Changed")
        try engine.delete("doc:guide:")
        #expect(view.get("title") == "Install")
        #expect(engine.namespaceView(context: try ctx("doc"), namespace: try ns("guide")) == nil)
    }

    @Test func documentItemNumericPrefix() throws {
        let item = DocumentItem(name: "042-x", key: try key("s[042-x]"), value: "")
        #expect(item.numericPrefix == 42)
        #expect(DocumentItem(name: "x1", key: try key("s[x1]"), value: "").numericPrefix == nil)
    }
}
