import MeteorKit
import Testing

@testable import MeteorTUI

/// `y` and `Y`: the value or the path to the clipboard and the register.
@Suite struct CopyTests {
    func app(_ clipboard: InMemoryClipboard) throws -> App<InMemoryTerminal> {
        let document = InMemoryDocument(engine: try Fixtures.engine(), displayName: "demo.meteor")
        return App(
            backend: InMemoryTerminal(size: Size(width: 80, height: 24)), document: document,
            editor: ScriptedEditor(results: []), clipboard: clipboard)
    }

    func select(_ path: String, in app: App<InMemoryTerminal>) throws {
        app.step(.key(.character("*")))
        let rows = app.reducer.cache.visibleRows(for: app.state.browser)
        let row = try #require(rows.index(of: .key(try Address(parsing: path))))
        for _ in 0..<row { app.step(.key(.character("j"))) }
    }

    @Test func yCopiesTheValue() throws {
        let clipboard = InMemoryClipboard()
        let app = try app(clipboard)
        try select("app:ui.widgets:label[title]", in: app)
        var state = app.state
        let effects = app.reducer.handle(.key(.character("y")), state: &state)
        #expect(effects == [.copy("Welcome 👋", what: "value of app:ui.widgets:label[title]")])
        #expect(state.register == "Welcome 👋")
        app.step(.key(.character("y")))
        #expect(clipboard.copies == ["Welcome 👋"])
        #expect(
            app.state.status
                == StatusMessage("copied 12 bytes: value of app:ui.widgets:label[title]"))
    }

    @Test func capitalYCopiesTheFullPath() throws {
        let clipboard = InMemoryClipboard()
        let app = try app(clipboard)
        try select("app:ui.widgets:button[0]", in: app)
        app.step(.key(.character("Y")))
        #expect(clipboard.copies == ["app:ui.widgets:button[0]"])
        #expect(app.state.register == "app:ui.widgets:button[0]")
        #expect(app.state.status?.text.hasPrefix("copied 24 bytes") == true)
    }

    @Test func pathsOfNamespacesAndContexts() throws {
        let context = try Context(validating: "app")
        #expect(Reducer.path(of: .context(context)) == "app")
        #expect(Reducer.path(of: .folder(context, "ui.widgets")) == "app:ui.widgets")
        #expect(Reducer.path(of: .folder(context, "")) == "app:")
    }

    @Test func yOnANamespaceExplains() throws {
        let clipboard = InMemoryClipboard()
        let app = try app(clipboard)
        app.step(.key(.character("y")))
        #expect(clipboard.copies.isEmpty)
        #expect(app.state.status?.isError == true)
        #expect(app.state.status?.text.contains("Y copies the path") == true)
        app.step(.key(.character("Y")))
        #expect(clipboard.copies == ["app"])
    }

    @Test func withoutATerminalClipboardTheRegisterKeepsIt() throws {
        let clipboard = InMemoryClipboard(reachesSystemClipboard: false)
        let app = try app(clipboard)
        try select("app:ui:theme", in: app)
        app.step(.key(.character("y")))
        #expect(app.state.register == "dark")
        #expect(app.state.status?.text.hasPrefix("kept 4 bytes in the register") == true)
        app.step(.key(.character(":")))
        app.step(.key(.control("y")))
        guard case .commandLine(let line) = app.state.mode else {
            Issue.record("expected the command line")
            return
        }
        #expect(line.editor.text == "dark")
    }
}

/// OSC 52 through a terminal that records what it was sent.
@Suite struct TerminalClipboardTests {
    final class RecordingTerminal: ControlSequenceWriter {
        var written: [[UInt8]] = []
        var works = true
        func writeControlSequence(_ bytes: [UInt8]) -> Bool {
            written.append(bytes)
            return works
        }
    }

    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
    ])
    func base64MatchesRFC4648(input: String, expected: String) {
        #expect(String(decoding: Base64.encode(Array(input.utf8)), as: UTF8.self) == expected)
    }

    @Test func writesTheOSC52Sequence() {
        let terminal = RecordingTerminal()
        let clipboard = TerminalClipboard(terminal: terminal)
        #expect(clipboard.copy("dark 👋"))
        let expected = "\u{1B}]52;c;ZGFyayDwn5GL\u{07}"
        #expect(terminal.written.map { String(decoding: $0, as: UTF8.self) } == [expected])
    }

    @Test func refusesTextTooLongForTerminals() {
        let terminal = RecordingTerminal()
        let clipboard = TerminalClipboard(terminal: terminal)
        #expect(!clipboard.copy(String(repeating: "x", count: TerminalClipboard.maximumBytes + 1)))
        #expect(terminal.written.isEmpty)
        terminal.works = false
        #expect(!clipboard.copy("x"))
    }
}
