import MeteorFormat
import Testing

@Suite struct EntryTests {
    @Test func printsAsADocumentLine() throws {
        let entry = Entry(try Address(parsing: "doc:guides:sections[intro]"), "a\nb")
        #expect(entry.description == #"doc:guides:sections[intro]="a\nb""#)
        #expect(entry.context.name == "doc")
        #expect(entry.namespace.name == "guides")
        #expect(entry.key.flat == "sections__intro")
    }
}
