import MeteorFormat
import Testing

private func entry(_ address: String, _ value: String) throws -> Entry {
    Entry(try Address(parsing: address), value)
}

private func sampleEntries() throws -> [Entry] {
    [
        try entry("app:main:button", "click"),
        try entry("app:main:msg", "Hello; World"),
        try entry("app:ui:list[0]", "first"),
        try entry("app:ui:list[]", "next"),
        try entry("user:ui:theme", "dark"),
        try entry("user::root", " padded "),
        try entry("user::quote", #"say "hi""#),
        try entry("doc:guides.install:sections[intro]", "line 1\nline 2"),
    ]
}

@Suite struct TokenStreamSerializerTests {
    @Test func cursorMovesStyleWritesContextAndNamespaceChanges() throws {
        let text = TokenStreamSerializer.serialize(try sampleEntries())
        #expect(
            text == #"ctx=app; ns=main; button=click; msg="Hello; World"; ns=ui; list[0]=first; "#
                + #"list[]=next; ctx=user; theme=dark; ns=; root=" padded "; quote=say "hi"; "#
                + #"ctx=doc; ns=guides.install; sections[intro]="line 1\nline 2""#)
    }

    @Test func qualifiedStyleWritesFullAddresses() throws {
        let text = TokenStreamSerializer.serialize(try sampleEntries().prefix(3), style: .qualified)
        #expect(
            text == #"app:main:button=click; app:main:msg="Hello; World"; app:ui:list[0]=first"#)
    }

    @Test(arguments: [TokenStreamSerializer.Style.cursorMoves, .qualified])
    func reparsesToTheSameEntries(_ style: TokenStreamSerializer.Style) throws {
        let entries = try sampleEntries()
        let text = TokenStreamSerializer.serialize(entries, style: style)
        var store = try ReferenceStore(cursor: "doc:elsewhere")
        store.apply(try TokenStreamParser().parse(text))
        #expect(store.entryValues == entries)
        if style == .qualified { #expect(store.cursor == "doc:elsewhere") }
        if style == .cursorMoves { #expect(store.cursor == "doc:guides.install") }
    }

    @Test func emptyInputWritesNothing() throws {
        #expect(TokenStreamSerializer.serialize([Entry]()) == "")
        #expect(TokenStreamSerializer.serialize([Entry](), style: .qualified) == "")
        #expect(try TokenStreamParser().parse("").operations.isEmpty)
    }
}

@Suite struct MeteorStreamSerializerTests {
    @Test func writesOneMeteorPerRunOfEntries() throws {
        let text = MeteorStreamSerializer.serialize(entries: try sampleEntries())
        #expect(
            text
                == #"app:main:button=click;msg="Hello; World" :;: app:ui:list[0]=first;list[]=next"#
                + #" :;: user:ui:theme=dark :;: user::root=" padded ";quote=say "hi""#
                + #" :;: doc:guides.install:sections[intro]="line 1\nline 2""#)
    }

    @Test func groupsRunsNotAddresses() throws {
        let entries = [try entry("a:x:k", "1"), try entry("b:x:k", "2"), try entry("a:x:j", "3")]
        let meteors = MeteorStreamSerializer.meteors(from: entries)
        #expect(meteors.map(\.pairs.count) == [1, 1, 1])
        #expect(MeteorStreamSerializer.serialize(meteors) == "a:x:k=1 :;: b:x:k=2 :;: a:x:j=3")
        #expect(MeteorStreamSerializer.meteors(from: [Entry]()).isEmpty)
    }

    @Test func reparsesToTheSameEntries() throws {
        let entries = try sampleEntries()
        let parsed = try MeteorStreamParser().parse(
            MeteorStreamSerializer.serialize(entries: entries))
        var store = try ReferenceStore()
        store.apply(parsed)
        #expect(store.entryValues == entries)
        #expect(store.cursor == "app:main")
    }

    @Test func meteorDescriptionIsItsStreamText() throws {
        let meteor = try #require(
            Meteor(
                context: .app, namespace: .root,
                pairs: [
                    .init(try Key(validating: "k"), "a;b"),
                    .init(try Key(validating: "grid[1,2]"), ""),
                ]))
        #expect(meteor.description == #"app::k="a;b";grid[1,2]="#)
        #expect(MeteorStreamSerializer.serialize([meteor]) == meteor.description)
    }
}
