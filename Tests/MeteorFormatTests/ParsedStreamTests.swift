import MeteorFormat
import Testing

@Suite struct ParsedStreamTests {
    @Test func countsStores() throws {
        let parsed = try TokenStreamParser().parse("a=1; ns=x; b=2; ctl:reset=cursor; ctx=y")
        #expect(parsed.storeCount == 2)
        #expect(parsed.operations.count == 5)
        #expect(ParsedStream().storeCount == 0)
    }
}
