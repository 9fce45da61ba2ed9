import MeteorFormat
import Testing

@Suite struct MeteorTests {
    @Test func needsAtLeastOnePair() throws {
        #expect(Meteor(context: .app, namespace: .main, pairs: []) == nil)
        let meteor = try #require(
            Meteor(context: .app, namespace: .main, pairs: [.init(try Key(validating: "k"), "v")]))
        #expect(meteor.entries == [Entry(try Address(parsing: "app:main:k"), "v")])
    }
}
