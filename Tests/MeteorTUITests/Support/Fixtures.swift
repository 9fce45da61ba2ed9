import MeteorKit

@testable import MeteorTUI

/// Small engines and apps for TUI tests.
enum Fixtures {
    /// An engine with a few contexts, a dotted namespace, bracket keys, a multi-line value and
    /// wide characters.
    static func engine() throws -> MeteorEngine {
        let engine = MeteorEngine()
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

    /// An app on an in-memory terminal of the given size, with scripted events.
    static func app(
        size: Size = Size(width: 80, height: 24), events: [InputEvent] = [],
        editor: any ExternalEditor = ScriptedEditor(results: [])
    ) throws -> (App<InMemoryTerminal>, InMemoryDocument) {
        let document = InMemoryDocument(engine: try engine(), displayName: "demo.meteor")
        let terminal = InMemoryTerminal(size: size, events: events)
        return (App(backend: terminal, document: document, editor: editor), document)
    }

    /// Keys for typing text.
    static func type(_ text: String) -> [InputEvent] {
        text.map { .key(.character($0)) }
    }
}

/// An editor that returns scripted results, one per call: the file's text as an editor saved
/// it, or nil for an editor that failed.
final class ScriptedEditor: ExternalEditor {
    private var results: [String?]
    private(set) var received: [String] = []

    init(results: [String?]) { self.results = results }

    func edit(_ text: String, name: String) throws(ExternalEditorError) -> String {
        received.append(text)
        guard !results.isEmpty, let result = results.removeFirst() else {
            throw ExternalEditorError("`$EDITOR` (`false`) exited with status 1")
        }
        return result
    }
}
