import Testing

@testable import MeteorKit

@Suite struct ViewsTests {
    private func seeded() throws -> MeteorEngine {
        let engine = MeteorEngine()
        try engine.process(
            meteorStream: "user:prefs:theme=dark :;: app:ui:b=2;a=1 :;: app::r=0 :;: doc:g:x=1")
        return engine
    }

    @Test func contextsNamespacesAndEntriesInListingOrder() throws {
        let engine = try seeded()
        #expect(engine.contexts.map(\.name) == ["app", "doc", "user"])
        #expect(engine.namespaces(in: .app).map(\.name) == ["", "ui"])
        #expect(engine.namespaces(in: try ctx("none")).isEmpty)
        #expect(
            dump(engine) == [
                "app::r=0", "app:ui:b=2", "app:ui:a=1", "doc:g:x=1", "user:prefs:theme=dark",
            ])
        #expect(engine.entries.count == 5)
        #expect(Array(engine.entries(in: .app, try ns("ui"))).map(\.key.flat) == ["b", "a"])
        #expect(Array(engine.entries(in: .app, try ns("zz"))).isEmpty)
    }

    @Test func sequencesAreSnapshots() throws {
        let engine = try seeded()
        let entries = engine.entries
        let meteors = engine.meteors()
        try engine.set("app:ui:c", "3")
        try engine.delete("user::")
        #expect(entries.count == 5)
        #expect(Array(entries).count == 5)
        #expect(Array(meteors).count == 4)
        #expect(engine.entries.count == 5)
    }

    @Test func meteorsOnePerNamespaceAndContinuePastAnEmptiedContext() throws {
        let engine = try seeded()
        try engine.execute(.clearContext(try ctx("doc")))
        try engine.set("zed:n:k", "v")
        let meteors = Array(engine.meteors())
        #expect(
            meteors.map { "\($0.context):\($0.namespace)" } == [
                "app:", "app:ui", "user:prefs", "zed:n",
            ])
        #expect(meteors[1].pairs.map(\.key.flat) == ["b", "a"])
        let ui = try #require(engine.meteor(for: .app, try ns("ui")))
        #expect(ui.description == "app:ui:b=2;a=1")
        #expect(engine.meteor(for: .app, try ns("gone")) == nil)
    }

    @Test func meteorsNeverStopEarlyWhileMutatingDuringIteration() throws {
        let engine = MeteorEngine()
        for c in ["a", "b", "c", "d"] { try engine.set("\(c):n:k", "v") }
        var seen: [String] = []
        for meteor in engine.meteors() {
            seen.append(meteor.context.name)
            if meteor.context.name == "a" { try engine.delete("b::") }
        }
        #expect(seen == ["a", "b", "c", "d"])
        #expect(Array(engine.meteors()).map(\.context.name) == ["a", "c", "d"])
    }

    @Test func emptiedNamespacesAndContextsAreNotListed() throws {
        let engine = try seeded()
        try engine.delete("app:ui:a")
        try engine.delete("app:ui:b")
        #expect(engine.namespaces(in: .app).map(\.name) == [""])
        try engine.delete("app::r")
        #expect(!engine.contexts.contains(.app))
        #expect(engine.namespaceView(context: .app, namespace: try ns("ui")) == nil)
    }
}
