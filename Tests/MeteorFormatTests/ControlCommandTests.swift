import MeteorFormat
import Testing

@Suite struct ControlCommandTests {
    @Test func printsAsStreamText() throws {
        #expect(ControlCommand.reset(.storage).description == "ctl:reset=storage")
        let delete = ControlCommand.delete(try MeteorPath.parse("app:ui:"))
        #expect(delete.description == "ctl:delete=app:ui:")
        #expect(try TokenStreamParser().parse(delete.description).operations == [.control(delete)])
    }
}
