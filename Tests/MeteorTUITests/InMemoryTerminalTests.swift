import Testing

@testable import MeteorTUI

@Suite struct InMemoryTerminalTests {
    @Test func replaysEventsThenReportsEndOfInput() {
        let terminal = InMemoryTerminal(
            size: Size(width: 80, height: 24),
            events: [.key(.character("j")), .resize(Size(width: 100, height: 30))])
        #expect(terminal.nextEvent(timeout: nil) == .key(.character("j")))
        #expect(terminal.nextEvent(timeout: nil) == .resize(Size(width: 100, height: 30)))
        #expect(terminal.size == Size(width: 100, height: 30))
        #expect(terminal.nextEvent(timeout: nil) == .endOfInput)
    }

    @Test func capturesFramesAndCountsSuspensions() {
        let terminal = InMemoryTerminal(size: Size(width: 4, height: 1))
        var frame = ScreenBuffer(size: terminal.size)
        frame.write("ok", column: 0, row: 0)
        terminal.present(frame, cursor: (1, 0))
        let value = terminal.suspended { 42 }
        #expect(value == 42)
        #expect(terminal.suspendCount == 1)
        #expect(terminal.lastFrame?.lines == ["ok"])
        #expect(terminal.cursor?.column == 1)
    }
}
