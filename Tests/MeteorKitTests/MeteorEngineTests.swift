import Testing

@testable import MeteorKit

@Suite struct MeteorEngineTests {
    @Test func setAndGetByPathAndAddress() throws {
        let engine = MeteorEngine()
        let stored = try engine.set("app:ui:button", "click")
        #expect(stored == (try addr("app:ui:button")))
        #expect(try engine.get("app:ui:button") == "click")
        #expect(engine.get(try addr("app:ui:button")) == "click")
        #expect(try engine.get("app:ui:missing") == nil)
        try engine.set(try addr("user:prefs:theme"), "dark")
        #expect(try engine.get("user:prefs:theme") == "dark")
        #expect(engine.entryCount == 2)
    }

    @Test(arguments: [
        ("key", "app:main:key"), ("ctx:key", "ctx:main:key"), ("ctx::key", "ctx::key"),
        ("app.ui.button", "app:main:app.ui.button"), ("list[0]", "app:main:list[0]"),
        ("list__i_0", "app:main:list[0]"),
    ])
    func pathsDefaultPerSpec(path: String, stored: String) throws {
        let engine = MeteorEngine()
        let address = try engine.set(path, "v")
        #expect(address.description == stored)
        #expect(try engine.get(stored) == "v")
    }

    @Test func bothKeySpellingsNameOneEntry() throws {
        let engine = MeteorEngine()
        try engine.set("app:ui:user[name]", "ann")
        #expect(try engine.get("app:ui:user__name") == "ann")
        try engine.set("app:ui:user__name", "bob")
        #expect(engine.entryCount == 1)
        #expect(dump(engine) == ["app:ui:user[name]=bob"])
    }

    @Test func getOfANamespacePathIsAnError() {
        let engine = MeteorEngine()
        expectError(.invalidKey) { _ = try engine.get("app:ui:") }
        expectError(.emptyPath) { _ = try engine.get("") }
        expectError(.tooManyParts) { _ = try engine.set("a:b:c:d", "v") }
        expectError(.emptyContext) { _ = try engine.set(":ns:key", "v") }
    }

    @Test func existsCoversKeysNamespacesAndContexts() throws {
        let engine = MeteorEngine()
        try engine.set("app:ui:button", "click")
        #expect(try engine.exists("app:ui:button"))
        #expect(try engine.exists("app:ui:"))
        #expect(try engine.exists("app::"))
        #expect(try !engine.exists("app:ui:other"))
        #expect(try !engine.exists("app:"))
        #expect(try !engine.exists("user::"))
    }

    @Test func deleteKeyNamespaceAndContext() throws {
        let engine = MeteorEngine()
        try engine.process(meteorStream: "app:ui:a=1;b=2 :;: app:main:c=3 :;: user:x:d=4")
        #expect(engine.delete(.key(try addr("app:ui:a"))) == 1)
        #expect(engine.delete(.key(try addr("app:ui:a"))) == 0)
        #expect(try engine.delete("app:ui:") == 1)
        #expect(try engine.delete("app:") == 1)
        #expect(engine.contexts == [try ctx("user")])
        #expect(engine.delete(.context(try ctx("user"))) == 1)
        #expect(engine.entryCount == 0)
        #expect(engine.contexts.isEmpty)
    }

    @Test func updateKeepsPositionAndDeleteThenSetMovesToEnd() throws {
        let engine = MeteorEngine()
        try engine.set("a", "1")
        try engine.set("b", "2")
        try engine.set("c", "3")
        try engine.set("a", "10")
        #expect(dump(engine) == ["app:main:a=10", "app:main:b=2", "app:main:c=3"])
        try engine.delete("b")
        try engine.set("b", "20")
        #expect(dump(engine) == ["app:main:a=10", "app:main:c=3", "app:main:b=20"])
    }

    @Test func appendResolvesNextIndexPerNamespace() throws {
        let engine = MeteorEngine()
        #expect(try engine.set("app:ui:list[]", "a").key.bracket == "list[0]")
        #expect(try engine.set("app:ui:list[]", "b").key.bracket == "list[1]")
        try engine.set("app:ui:list[7]", "h")
        #expect(try engine.set("app:ui:list[]", "i").key.bracket == "list[8]")
        #expect(try engine.set("app:other:list[]", "x").key.bracket == "list[0]")
        try engine.delete("app:ui:list[8]")
        try engine.delete("app:ui:list[7]")
        #expect(try engine.set("app:ui:list[]", "c").key.bracket == "list[2]")
        #expect(try engine.get("app:ui:list[2]") == "c")
    }

    @Test func appendCanBeTurnedOff() throws {
        let engine = MeteorEngine(options: EngineSetOptions(permitAppend: false))
        expectError(.appendNotPermitted) { _ = try engine.set("list[]", "a") }
        #expect(engine.entryCount == 0)
        #expect(engine.options.permitAppend == false)
        engine.options.permitAppend = true
        #expect(try engine.set("list[]", "a").key.bracket == "list[0]")
    }

    @Test func limitsAreEnforcedOnSet() throws {
        var limits = Limits.active
        limits.valueLength = 4
        limits.keyLength = 8
        limits.contexts = 1
        let engine = MeteorEngine(limits: limits)
        expectError(.limitExceeded) { _ = try engine.set("k", "12345") }
        expectError(.limitExceeded) {
            _ = try engine.set(Address(.app, .main, try key("longkey_x")), "1")
        }
        try engine.set("app:a:k", "1234")
        expectError(.limitExceeded) { _ = try engine.set("user:a:k", "1") }
        #expect(engine.limits.contexts == 1)
        #expect(dump(engine) == ["app:a:k=1234"])
    }

    @Test func namespaceDepthIsEnforcedUnlessTurnedOff() throws {
        let deep = try Namespace(validating: "a.b.c.d.e.f", enforceDepth: false)
        let engine = MeteorEngine()
        expectError(.namespaceTooDeep) {
            _ = try engine.set(Address(.app, deep, try key("k")), "v")
        }
        expectError(.namespaceTooDeep) { _ = try engine.set("app:a.b.c.d.e.f:k", "v") }
        engine.options.enforceNamespaceDepth = false
        try engine.set("app:a.b.c.d.e.f:k", "v")
        try engine.set(Address(.app, deep, try key("k2")), "v")
        #expect(engine.keyCount(in: .app, deep) == 2)
    }

    @Test func strictTurnsDepthWarningsIntoErrors() throws {
        let engine = MeteorEngine(options: EngineSetOptions(strict: true))
        expectError(.namespaceDepthWarning) { _ = try engine.set("app:a.b.c.d.e:k", "v") }
        #expect(engine.entryCount == 0)
        engine.options.strict = false
        try engine.set("app:a.b.c.d.e:k", "v")
        #expect(engine.entryCount == 1)
    }

    @Test func storeTokenStoresAtTheCursor() throws {
        let engine = MeteorEngine()
        engine.cursor = Cursor(context: try ctx("user"), namespace: .root)
        let stored = try engine.storeToken(key: try key("theme"), value: "dark")
        #expect(stored.description == "user::theme")
        #expect(try engine.get("user::theme") == "dark")
    }

    @Test func keyCountAndEntryCount() throws {
        let engine = MeteorEngine()
        try engine.process(meteorStream: "app:ui:a=1;b=2;c=3 :;: app:main:d=4")
        #expect(engine.keyCount(in: .app, try ns("ui")) == 3)
        #expect(engine.keyCount(in: .app, try ns("nope")) == 0)
        #expect(engine.entryCount == 4)
    }

    @Test func valuesAreStoredVerbatim() throws {
        let engine = MeteorEngine()
        let values = ["", "a; b", "line\nbreak", "quote \" ' \\", ":;:", "ü日本 🎉", "  padded  "]
        for (i, value) in values.enumerated() { try engine.set("k\(i)", value) }
        for (i, value) in values.enumerated() { #expect(try engine.get("k\(i)") == value) }
    }
}
