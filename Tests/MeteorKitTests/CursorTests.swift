import Testing

@testable import MeteorKit

@Suite struct CursorTests {
    private struct Boom: Error {}

    @Test func positionShowsRootAsEmpty() throws {
        #expect(Cursor.initial.position == "app:main")
        #expect(Cursor(context: try ctx("user"), namespace: .root).description == "user:")
        #expect(Cursor(context: .app, namespace: try ns("ui.w")).position == "app:ui.w")
    }

    @Test func withCursorRestoresOnReturnAndReturnsTheValue() throws {
        let engine = MeteorEngine()
        engine.cursor.namespace = try ns("start")
        let value = engine.withCursor(context: try ctx("user"), namespace: .root) { engine in
            engine.cursor.position
        }
        #expect(value == "user:")
        #expect(engine.cursor.position == "app:start")
    }

    @Test func withCursorRestoresOnThrow() throws {
        let engine = MeteorEngine()
        #expect(throws: Boom.self) {
            try engine.withCursor(context: try ctx("user"), namespace: try ns("x")) { engine in
                try engine.storeToken(key: try key("k"), value: "v")
                engine.cursor.namespace = try ns("moved")
                throw Boom()
            }
        }
        #expect(engine.cursor == .initial)
        #expect(try engine.get("user:x:k") == "v")
    }

    @Test func withCursorRestoresOnTypedThrow() throws {
        let engine = MeteorEngine()
        let user = try ctx("user")
        do {
            try engine.withCursor(context: user, namespace: .root) { engine throws(MeteorError) in
                _ = try engine.storeToken(key: try Key(validating: "bad key"), value: "v")
            }
            Issue.record("did not throw")
        } catch {
            #expect(error.kind == .invalidKey)
        }
        #expect(engine.cursor == .initial)
    }

    @Test func withCursorNests() throws {
        let engine = MeteorEngine()
        var seen: [String] = []
        let (a, b, c) = (try ctx("a"), try ctx("b"), try ctx("c"))
        let (one, two) = (try ns("one"), try ns("two"))
        engine.withCursor(context: a, namespace: one) { engine in
            seen.append(engine.cursor.position)
            engine.withCursor(context: b, namespace: two) { engine in
                seen.append(engine.cursor.position)
                #expect(throws: Boom.self) {
                    try engine.withCursor(context: c, namespace: .root) { _ in throw Boom() }
                }
                seen.append(engine.cursor.position)
            }
            seen.append(engine.cursor.position)
        }
        seen.append(engine.cursor.position)
        #expect(seen == ["a:one", "b:two", "b:two", "a:one", "app:main"])
    }

    @Test func resetCursorAndCursorIsNotRecorded() throws {
        let engine = MeteorEngine()
        engine.cursor = Cursor(context: try ctx("x"), namespace: try ns("y"))
        engine.resetCursor()
        #expect(engine.cursor == .initial)
        #expect(engine.history.isEmpty)
    }
}
