import MeteorFormat
import Testing

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
