import Testing

@testable import MeteorTUI

/// Ctrl-Z and Ctrl-L: the terminal program's manners, in every mode.
@Suite struct JobControlTests {
    @Test func ctrlZStopsTheProgramFromAnyMode() throws {
        let (app, _) = try Fixtures.app()
        app.step(.key(.control("z")))
        #expect(app.backend.processSuspendCount == 1)
        // In the middle of an inline edit too: the field keeps its text.
        app.step(.key(.character("*")))
        for _ in 0..<5 { app.step(.key(.character("j"))) }
        app.step(.key(.character("e")))
        app.step(.key(.character("x")))
        let editing = app.state.mode
        app.step(.key(.control("z")))
        #expect(app.backend.processSuspendCount == 2)
        #expect(app.state.mode == editing)
        #expect(app.state.status == nil)
    }

    @Test func ctrlZWithoutJobControlSaysSo() throws {
        let (app, _) = try Fixtures.app()
        app.backend.canSuspendProcess = false
        app.step(.key(.control("z")))
        #expect(app.state.status?.isError == true)
        #expect(app.state.status?.text.contains("no job control") == true)
    }

    @Test func ctrlLRedrawsEverythingFromAnyMode() throws {
        let (app, _) = try Fixtures.app()
        app.step(.key(.control("l")))
        app.step(.key(.character("a")))
        app.step(.key(.control("l")))
        #expect(app.backend.invalidateCount == 2)
        guard case .adding(let add) = app.state.mode else {
            Issue.record("Ctrl-L left the add field")
            return
        }
        #expect(add.key.text.isEmpty)
    }
}
