import MeteorKit
import Testing

@testable import MeteorTUI

/// Every dialog and field at 80×24 with text longer than a line: nothing is cut.
///
/// Lines wrap and the dialog grows. A status message that does not fit ends in `…`, and the
/// message log shows it whole.
@Suite struct LongTextTests {
    static let size = Size(width: 80, height: 24)
    static let key =
        "app:configuration.services.authentication:identity_provider_callback_url_for_staging"
    static let value = "https://auth.staging.example.com/oauth2/callback?client=meteor-tui"
    static let document = "meteor-configuration-of-the-staging-environment-for-the-tui.meteor"

    /// The fixture plus the long key, selected, on a document with a long name.
    func makeApp() throws -> (App<InMemoryTerminal>, InMemoryDocument) {
        let engine = try Fixtures.engine()
        try engine.execute(.set(path: Self.key, value: Self.value))
        engine.clearHistory()
        let document = InMemoryDocument(engine: engine, displayName: Self.document)
        let app = App(
            backend: InMemoryTerminal(size: Self.size), document: document,
            editor: ScriptedEditor(results: []))
        app.step(.resize(Self.size))
        app.step(.key(.character("*")))
        app.reducer.jump(to: try Address(parsing: Self.key), state: &app.state)
        app.reducer.settle(&app.state)
        return (app, document)
    }

    func frame(_ app: App<InMemoryTerminal>) -> [String] {
        app.draw()
        return app.backend.lastFrame?.lines ?? []
    }

    /// The text inside the first box that opens below the panes' top border, without
    /// spaces: wrapped text reads the same as the original with its spaces removed.
    static func dialogText(_ lines: [String]) -> String {
        guard
            let top = lines.indices.dropFirst().first(where: { lines[$0].contains("┌") }),
            let left = Array(lines[top]).firstIndex(of: "┌"),
            let right = Array(lines[top]).lastIndex(of: "┐")
        else { return "" }
        var text = String(Array(lines[top])[left..<right])
        for line in lines[(top + 1)...] {
            let characters = Array(line)
            guard characters.count > left, characters[left] == "│" else { break }
            text += String(characters[(left + 1)..<min(right, characters.count)])
        }
        return text.filter { $0 != " " && $0 != "─" }
    }

    static func expectWhole(
        _ texts: [String], in lines: [String],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let shown = dialogText(lines)
        for text in texts {
            #expect(
                shown.contains(text.filter { $0 != " " }), "not shown whole: \(text)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func reviewingALongValue() throws {
        let (app, _) = try makeApp()
        app.press([.key(.character("e")), .key(.control("u"))] + Fixtures.type(Self.value + "/v2"))
        let field = frame(app)
        Self.expectWhole(["Edit \(Self.key)"], in: field)
        assertSnapshot(field.joined(separator: "\n"), named: "long-edit-80x24")
        app.press(.enter)
        let review = frame(app)
        Self.expectWhole(
            ["Apply to \(Self.key)?", "- \(Self.value)", "+ \(Self.value)/v2"], in: review)
        assertSnapshot(review.joined(separator: "\n"), named: "long-review-80x24")
    }

    @Test func deletingALongKey() throws {
        let (app, _) = try makeApp()
        app.press(.character("d"))
        let lines = frame(app)
        Self.expectWhole(["Delete the key \(Self.key)?"], in: lines)
        assertSnapshot(lines.joined(separator: "\n"), named: "long-delete-80x24")
    }

    @Test func quitFileChangedAndRecoveryNameALongDocument() throws {
        var (app, document) = try makeApp()
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        app.press(.character("q"))
        Self.expectWhole(["\(Self.document) has unsaved changes."], in: frame(app))
        (app, document) = try makeApp()
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        document.nextSaveError = MeteorError(.documentChanged, "the file changed on disk")
        app.press(.character("w"))
        let changed = frame(app)
        Self.expectWhole(
            ["\(Self.document) was changed by another program since it was opened."], in: changed)
        assertSnapshot(changed.joined(separator: "\n"), named: "long-file-changed-80x24")
        (app, document) = try makeApp()
        app.state.mode = .recoveryOffer(count: 12_345)
        Self.expectWhole(
            [
                "The last session of \(Self.document) ended without saving.",
                "Its journal holds 12,345 changes made after the last save.",
            ], in: frame(app))
    }

    @Test func renamingALongKey() throws {
        let (app, _) = try makeApp()
        app.press([.key(.character("r")), .key(.control("u"))] + Fixtures.type("callback_url"))
        app.press(.enter)
        let lines = frame(app)
        Self.expectWhole(
            ["\(Self.key) → app:configuration.services.authentication:callback_url"], in: lines)
        assertSnapshot(lines.joined(separator: "\n"), named: "long-rename-80x24")
    }

    @Test func addingAKeyShowsTheWholeDiagnostic() throws {
        let (app, _) = try makeApp()
        app.press([.key(.character("a"))] + Fixtures.type("naïve key"))
        let lines = frame(app)
        guard case .adding(let add) = app.state.mode, let problem = add.problem else {
            Issue.record("no diagnostic: \(app.state.mode)")
            return
        }
        Self.expectWhole(problem.split(separator: "\n").map(String.init), in: lines)
        assertSnapshot(lines.joined(separator: "\n"), named: "long-add-diagnostic-80x24")
    }

    @Test func saveAsShowsALongProblemWhole() throws {
        let (app, document) = try makeApp()
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        document.nextSaveError = MeteorError(.documentChanged, "the file changed on disk")
        let path = "backups/2026/december/the-staging-environment/\(Self.document)"
        app.press(
            [.key(.character("w")), .key(.character("s")), .key(.control("u"))]
                + Fixtures.type(path))
        app.press(.enter)
        let lines = frame(app)
        guard case .saveAs(let saveAs) = app.state.mode, let problem = saveAs.problem else {
            Issue.record("no problem: \(app.state.mode)")
            return
        }
        Self.expectWhole([problem], in: lines)
        assertSnapshot(lines.joined(separator: "\n"), named: "long-save-as-80x24")
    }

    @Test func historyJumpAndNoteDialogsWrap() throws {
        let (app, document) = try makeApp()
        let note = "release.checklist.for.the.staging.environment.of.the.authentication.service"
        try document.engine.execute(.scratchSet(name: note, value: "tag v1.2"))
        try document.engine.execute(.set(path: Self.key, value: "one"))
        try document.engine.execute(.set(path: Self.key, value: "two"))
        app.press([.key(.character("H")), .key(.end), .key(.character("U"))])
        let jump = frame(app)
        Self.expectWhole(["set \(Self.key)"], in: jump)
        assertSnapshot(jump.joined(separator: "\n"), named: "long-history-jump-80x24")
        app.press([
            .key(.escape), .key(.character("H")), .key(.character("S")), .key(.character("d")),
        ])
        Self.expectWhole(["Delete the scratch note \(note)?"], in: frame(app))
    }

    @Test func aLongStatusEndsInAnEllipsisAndTheLogHasItWhole() throws {
        let (app, _) = try makeApp()
        let message =
            "save failed: cannot open the lock file `/home/user/.local/share/meteor/nonexistent"
            + "/deeply/nested/folder/store.meteor.lock`: No such file or directory"
        app.state.status = StatusMessage(message, isError: true)
        let status = try #require(frame(app).last)
        #expect(status.hasSuffix("…") || status.contains("… "))
        #expect(status.contains("save failed: cannot open"))
        app.press(.character("M"))
        let log = frame(app)
        Self.expectWhole([message], in: log)
        assertSnapshot(log.joined(separator: "\n"), named: "long-message-log-80x24")
    }
}
