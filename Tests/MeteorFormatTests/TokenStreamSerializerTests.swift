import MeteorFormat
import Testing

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
