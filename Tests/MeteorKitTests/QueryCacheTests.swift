import Testing

@testable import MeteorKit

/// A cached `find` answer is never stale after any kind of mutation (SPEC §8).
@Suite struct QueryCacheTests {
    static let patterns = [
        "app:ui:btn*", "*:*:theme", "app:**:theme", "app:ui:button", "*:**:*", "user:prefs:",
        "app:ui:list[*]", "theme", "*:**:list__i_?",
    ]

    typealias Mutation = @Sendable (MeteorEngine) throws -> Void

    static let mutations: [(String, Mutation)] = [
        ("set new", { try $0.set("app:ui:btnNew", "x") }),
        ("set update", { try $0.set("app:ui:button", "changed") }),
        ("set append", { try $0.set("app:ui:list[]", "appended") }),
        ("set address", { try $0.set(try addr("user:prefs:theme"), "light") }),
        ("store token", { try $0.storeToken(key: try key("theme"), value: "main-theme") }),
        ("delete key", { try $0.delete("app:ui:button") }),
        ("delete namespace", { try $0.delete("app:ui:") }),
        ("delete context", { try $0.delete("user::") }),
        (
            "token stream",
            { try $0.process(tokenStream: "ns=ui; btnZ=1; ctl:delete=app:x.y:theme") }
        ),
        ("meteor stream", { try $0.process(meteorStream: "user:prefs:theme=blue;extra=1") }),
        ("execute set", { try $0.execute(.set(path: "app:deep.er:theme", value: "t")) }),
        (
            "execute setAddress",
            { try $0.execute(.setAddress(try addr("app:ui:btnA"), value: "a")) }
        ),
        ("execute delete", { try $0.execute(.delete(path: "app:ui:btnOK")) }),
        ("execute clearNamespace", { try $0.execute(.clearNamespace(.app, try ns("ui"))) }),
        ("execute clearContext", { try $0.execute(.clearContext(try ctx("user"))) }),
        ("execute reset storage", { try $0.execute(.reset(.storage)) }),
        ("execute reset all", { try $0.execute(.reset(.all)) }),
        ("execute token stream", { try $0.execute(.processTokenStream("theme=root-ish")) }),
        ("execute meteor stream", { try $0.execute(.processMeteorStream("app:ui:btnM=1")) }),
        (
            "execute import",
            {
                try $0.execute(
                    .importNamespace(.app, try ns("ui"), entries: [Entry(try addr("theme"), "imp")])
                )
            }
        ),
        (
            "execute rename",
            {
                try $0.execute(
                    .renameKey(from: try addr("app:ui:button"), to: try key("btnRenamed")))
            }
        ),
        (
            "execute move",
            {
                try $0.execute(.moveNamespace(from: .app, try ns("ui"), to: .app, try ns("ui2")))
            }
        ),
        (
            "execute copy",
            {
                try $0.execute(.copyNamespace(from: .app, try ns("ui"), to: try ctx("zed"), .root))
            }
        ),
        (
            "undo",
            {
                try $0.execute(.delete(path: "app:ui:button"))
                _ = $0.find(try QueryPattern("app:ui:button"))
                try $0.undo()
            }
        ),
        (
            "redo",
            {
                try $0.execute(.delete(path: "app:ui:button"))
                try $0.undo()
                _ = $0.find(try QueryPattern("app:ui:button"))
                try $0.redo()
            }
        ),
        ("failed stream", { _ = try? $0.process(tokenStream: "app:ui:btnX=1; bad") }),
        (
            "rolled back command",
            {
                _ = try? $0.execute(.processTokenStream("app:ui:btnY=1; ctl:delete=app:ui:; q=\"x"))
            }
        ),
        ("scratch", { try $0.execute(.scratchSet(name: "theme", value: "not data")) }),
    ]

    private func seeded() throws -> MeteorEngine {
        let engine = MeteorEngine()
        try engine.process(
            meteorStream:
                "app:ui:button=click;btnOK=ok;theme=dark;list[0]=a;list[1]=b :;: "
                + "app:x.y:theme=deep :;: app::theme=root :;: user:prefs:theme=light :;: "
                + "doc:main:theme=t")
        return engine
    }

    private func oracle(_ engine: MeteorEngine, _ pattern: QueryPattern) -> [Entry] {
        engine.entries.filter {
            pattern.matches(context: $0.context, namespace: $0.namespace, key: $0.key)
        }
    }

    @Test(arguments: mutations)
    func cachedAnswersFollowMutations(name: String, mutation: Mutation) throws {
        let engine = try seeded()
        let patterns = try Self.patterns.map(QueryPattern.init)
        for pattern in patterns {
            #expect(engine.find(pattern) == oracle(engine, pattern))
            _ = engine.find(pattern)
        }
        try mutation(engine)
        for pattern in patterns {
            #expect(engine.find(pattern) == oracle(engine, pattern), "\(name): \(pattern)")
        }
    }

    @Test func specPatternTable() throws {
        let engine = try seeded()
        func find(_ text: String) throws -> [String] {
            engine.find(try QueryPattern(text)).map(\.address.description)
        }
        #expect(try find("app:ui:btn*") == ["app:ui:btnOK"])
        #expect(
            try find("*:*:theme") == [
                "app::theme", "app:ui:theme", "doc:main:theme", "user:prefs:theme",
            ])
        #expect(try find("app:**:theme") == ["app::theme", "app:ui:theme", "app:x.y:theme"])
        #expect(try find("app:ui:button") == ["app:ui:button"])
        #expect(try find("app:ui:list[*]") == ["app:ui:list[0]", "app:ui:list[1]"])
        #expect(try find("app:ui:list__i_1") == ["app:ui:list[1]"])
        #expect(try find("app:ui:list[1]") == ["app:ui:list[1]"])
        #expect(try find("app:ui:butt") == [])
        #expect(try find("theme") == [])
    }

    #if DEBUG
        @Test func answersAreCachedUntilAMutation() throws {
            let engine = try seeded()
            let pattern = try QueryPattern("*:**:theme")
            _ = engine.find(pattern)
            _ = engine.find(try QueryPattern("app:ui:*"))
            #expect(engine.workspaceStatus().cachedQueries == 2)
            try engine.execute(.scratchSet(name: "n", value: "v"))
            #expect(engine.workspaceStatus().cachedQueries == 2)
            try engine.set("app:ui:new", "1")
            #expect(engine.workspaceStatus().cachedQueries == 0)
            _ = engine.find(pattern)
            #expect(engine.workspaceStatus().cachedQueries == 1)
        }

        @Test func cacheIsBounded() throws {
            let engine = try seeded()
            for i in 0..<(Workspace.cacheCapacity + 5) {
                _ = engine.find(try QueryPattern("app:ui:k\(i)*"))
            }
            #expect(engine.workspaceStatus().cachedQueries <= Workspace.cacheCapacity)
        }
    #endif
}
