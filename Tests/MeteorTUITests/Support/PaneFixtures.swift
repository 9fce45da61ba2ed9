import Foundation
import MeteorKit
import Testing

@testable import MeteorTUI

/// Apps whose history is repeatable: a stepping clock, times shown in UTC, and a few recorded
/// commands (one of them failed) for the drawer pane tests.
enum PaneFixtures {
    /// The fixture engine with a stepping clock that starts at 2026-05-04 09:30:00 UTC.
    static func engine() throws -> MeteorEngine {
        let engine = MeteorEngine(
            clock: SteppingEngineClock(start: Date(timeIntervalSince1970: 1_777_887_000), step: 7))
        try engine.process(
            meteorStream: """
                app:ui:theme=dark;font=mono;list[0]=first :;: \
                app:ui.widgets:button[0]=submit;label[title]="Welcome 👋" :;: \
                doc:guides.install:sections[10_intro]="# Install\\n\\nRun the installer.\\n";metadata[lang]=md :;: \
                user:main:name=こんにちは
                """)
        engine.clearHistory()
        return engine
    }

    /// Runs the commands a short session leaves: two edits, a note, a failed set, a delete.
    static func record(_ engine: MeteorEngine) throws {
        try engine.execute(.set(path: "app:ui:theme", value: "light"))
        try engine.execute(.set(path: "app:ui:font", value: "serif"))
        try engine.execute(.scratchSet(name: "todo", value: "rename the widgets"))
        let tooLong = String(repeating: "x", count: engine.limits.valueLength + 1)
        #expect(throws: MeteorError.self) {
            try engine.execute(.set(path: "app:ui:banner", value: tooLong))
        }
        try engine.execute(.delete(path: "user:main:name"))
    }

    /// An app over the fixture, its history recorded, times in UTC.
    static func app(
        size: Size = Size(width: 80, height: 24), recording: Bool = true,
        editor: any ExternalEditor = ScriptedEditor(results: [])
    ) throws -> (App<InMemoryTerminal>, InMemoryDocument) {
        let engine = try engine()
        if recording { try record(engine) }
        let document = InMemoryDocument(engine: engine, displayName: "demo.meteor")
        var state = AppState()
        state.panes.timeZone = TimeZone.gmt
        state.panes.isWorkspaceEnabled = true
        let app = App(
            backend: InMemoryTerminal(size: size), document: document, editor: editor,
            initialState: state)
        app.step(.resize(size))
        return (app, document)
    }

    /// Steps through events.
    static func step(_ app: App<InMemoryTerminal>, _ events: [InputEvent]) {
        for event in events { app.step(event) }
    }

    /// A key event for a character.
    static func key(_ character: Character) -> InputEvent { .key(.character(character)) }

    /// The frame's text after drawing.
    static func screen(_ app: App<InMemoryTerminal>) -> [String] {
        app.draw()
        return app.backend.lastFrame?.lines ?? []
    }
}
