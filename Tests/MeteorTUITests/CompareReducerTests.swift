import MeteorKit
import Testing

@testable import MeteorTUI

/// `C`: pick the other context, then compare, navigate and copy values across.
@Suite struct CompareReducerTests {
    func opened() throws -> StructureSession {
        let session = try StructureSession()
        try session.select(.folder(.app, "ui"))
        session.press(.character("C"))
        return session
    }

    @Test func theFieldOffersTheContextsHoldingTheNamespace() throws {
        let session = try opened()
        #expect(session.field?.editor.text == "user")
        #expect(session.screen().contains("contexts holding it: user"))
        session.retype("user:ui")
        #expect(session.field?.problem?.hasPrefix("error[tooManyParts]") == true)
        session.retype("app")
        session.press(.enter)
        #expect(session.field?.problem == "type a context other than app")
    }

    @Test func rowsAreTheLeftKeysThenTheRightOnesWithTallies() throws {
        let session = try opened()
        session.press(.enter)
        let compare = try #require(session.compare)
        #expect(compare.keys.map(\.bracket) == ["theme", "font", "list[0]", "extra"])
        #expect(compare.tally == [.different: 1, .same: 1, .onlyLeft: 1, .onlyRight: 1])
        #expect(compare.left == .app)
        #expect(compare.right.name == "user")
    }

    @Test func navigationAndDifferenceJumps() throws {
        let session = try opened()
        session.press(.enter, .character("j"))
        #expect(session.compare?.selectedRow == 1)
        session.press(.character("]"))
        #expect(session.compare?.selectedRow == 2)
        session.press(.character("]"), .character("]"))
        #expect(session.compare?.selectedRow == 3)
        #expect(session.app.state.status?.text == "no more differences that way")
        session.press(.character("["), .character("["))
        #expect(session.compare?.selectedRow == 0)
        session.press(.character("G"))
        #expect(session.compare?.selectedRow == 3)
        session.press(.character("g"), .character("g"))
        #expect(session.compare?.selectedRow == 0)
    }

    @Test func copyingAcrossGoesThroughTheEngineAndUndoes() throws {
        let session = try opened()
        session.press(.enter)
        session.press(.character(">"))
        #expect(session.engine.get(try session.address("user:ui:theme")) == "dark")
        #expect(session.compare?.tally[.same] == 2)
        #expect(session.compare?.tally[.different] == 0)
        #expect(session.engine.history.lastCommand?.kind == .setAddress)
        session.press(.character("G"), .character("<"))
        #expect(session.engine.get(try session.address("app:ui:extra")) == "1")
        #expect(session.compare?.tally[.onlyRight] == 0)
        session.press(.character("u"))
        #expect(session.engine.get(try session.address("app:ui:extra")) == nil)
        #expect(session.compare?.tally == [.same: 2, .onlyLeft: 1, .onlyRight: 1])
        #expect(session.compare?.selectedRow == 3)
        session.press(.character("u"))
        #expect(session.engine.get(try session.address("user:ui:theme")) == "light")
    }

    @Test func copyingFromAnAbsentSideIsRefused() throws {
        let session = try opened()
        session.press(.enter, .character("G"), .character(">"))
        #expect(session.app.state.status?.text == "app:ui:extra does not exist: nothing to copy")
        #expect(session.engine.history.isEmpty)
        session.press(.character("g"), .character("g"), .character("j"), .character(">"))
        #expect(session.app.state.status?.text == "user:ui:font already holds the same value")
        #expect(session.engine.history.isEmpty)
    }

    @Test func escapeClosesAndUnboundKeysSayWhatWorks() throws {
        let session = try opened()
        session.press(.enter, .character("x"))
        #expect(session.app.state.status?.isError == true)
        #expect(session.compare != nil)
        session.press(.escape)
        #expect(session.app.state.mode == .browse)
    }

    @Test func theSelectionScrollsWithinALongNamespace() throws {
        let session = try StructureSession(size: Size(width: 80, height: 24))
        for index in 0..<100 { try session.engine.set("app:long:k\(index)", "\(index)") }
        try session.engine.set("user:long:k50", "other")
        session.app.step(.key(.character("*")))
        try session.select(.folder(.app, "long"))
        session.press(.character("C"), .enter)
        session.press(.pageDown, .pageDown)
        let compare = try #require(session.compare)
        #expect(compare.selectedRow == 34)
        #expect(compare.scrollTop == 34 - 17 + 1)
        let screen = session.screen()
        #expect(screen.contains("k34"))
        #expect(!screen.contains("k10 "))
        session.press(.character("]"))
        #expect(session.compare?.selectedRow == 35)
    }
}
