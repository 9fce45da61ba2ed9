import MeteorKit
import Testing

@testable import MeteorStore

/// The `STORE.state` file: round trip, and clear errors for broken or foreign files.
@Suite struct StateFileTests {
    @Test func roundTripKeepsCursorHistoryAndDocumentHash() throws {
        let engine = MeteorEngine()
        try engine.execute(
            .setCursor(try Context(validating: "app"), try Namespace(validating: "ui")))
        try engine.execute(.set(path: "app:ui:a", value: "1"))
        let document = Array("# meteor v1\napp:ui:a=1\n".utf8)
        let bytes = StateFile.encode(StateFile.state(for: document, of: engine))
        let state = try StateFile.decode(bytes, path: "s.state")
        #expect(state.cursor.position == "app:ui")
        #expect(state.belongs(to: document))
        #expect(!state.belongs(to: document + [0x0A]))
        #expect(state.history?.records.map(\.id) == [1, 2])
    }

    @Test(arguments: [
        (
            "{not json",
            "`s.state` is not a readable state file (The given data was not valid JSON.)"
        ),
        (
            #"{"format":"meteor-state","version":2}"#,
            "`s.state` is a `meteor-state` file, version 2; this meteor reads `meteor-state` version 1"
        ),
        (
            #"{"format":"meteor-state","version":1,"document":"x"}"#,
            "`s.state` is not a readable state file (No value associated with key "
                + #"CodingKeys(stringValue: "cursor", intValue: nil) ("cursor").)"#
        ),
    ])
    func brokenFilesNameTheFileAndTheReason(text: String, message: String) {
        let error = #expect(throws: MeteorError.self) {
            try StateFile.decode(Array(text.utf8), path: "s.state")
        }
        #expect(error?.message == message)
    }
}
