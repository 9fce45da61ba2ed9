import Foundation
import MeteorStore
import MeteorTUI
import Testing

@testable import MeteorTUIStore

/// Save-as on real files, in a temporary directory.
@Suite struct StoreTUIDocumentTests {
    let directory: String

    init() throws {
        directory =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-tuistore-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
    }

    func open(_ name: String = "notes.meteor") throws -> StoreTUIDocument {
        let path = "\(directory)/\(name)"
        try "# meteor v1\napp:ui:theme=dark\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        return StoreTUIDocument(try OpenStore(path: path, store: FileStore()))
    }

    @Test func targetsAreCheckedBeforeWriting() throws {
        let document = try open()
        try "other".write(toFile: "\(directory)/taken.meteor", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            atPath: "\(directory)/sub", withIntermediateDirectories: true)
        #expect(document.saveAsTarget("\(directory)/copy.meteor") == .available)
        #expect(document.saveAsTarget("\(directory)/taken.meteor") == .exists)
        #expect(
            document.saveAsTarget("\(directory)/missing/copy.meteor")
                == .problem("directory \(directory)/missing does not exist"))
        #expect(
            document.saveAsTarget("\(directory)/sub")
                == .problem("\(directory)/sub is a directory"))
        #expect(
            document.saveAsTarget("\(directory)/sub/")
                == .problem("\(directory)/sub/ names a directory, not a file"))
        #expect(
            document.saveAsTarget("\(directory)/taken.meteor/x.meteor")
                == .problem("\(directory)/taken.meteor is a file, not a directory"))
        #expect(
            document.saveAsTarget(document.path)
                == .problem(
                    "that is this document's own file: choose overwrite instead"))
        #expect(
            document.saveAsTarget("") == .problem("type a file path, such as notes-copy.meteor"))
    }

    @Test func saveAsWritesTheNewFileAndMovesTheDocumentThere() throws {
        let document = try open()
        let original = document.path
        try document.engine.execute(.set(path: "app:ui:theme", value: "light"))
        let copy = "\(directory)/copy.meteor"
        try document.save(as: copy, overwrite: false)
        #expect(document.path == copy)
        #expect(document.displayName == "copy.meteor")
        #expect(!document.hasUnsavedChanges)
        #expect(try String(contentsOfFile: copy, encoding: .utf8).contains("app:ui:theme=light"))
        #expect(try String(contentsOfFile: original, encoding: .utf8).contains("app:ui:theme=dark"))
    }

    @Test func saveAsRefusesAnExistingFileUnlessOverwriting() throws {
        let document = try open()
        let taken = "\(directory)/taken.meteor"
        try "keep me".write(toFile: taken, atomically: true, encoding: .utf8)
        #expect(throws: MeteorError.self) { try document.save(as: taken, overwrite: false) }
        #expect(try String(contentsOfFile: taken, encoding: .utf8) == "keep me")
        #expect(document.path != taken)
        try document.save(as: taken, overwrite: true)
        #expect(try String(contentsOfFile: taken, encoding: .utf8).hasPrefix("# meteor v1"))
        #expect(document.path == taken)
    }

    @Test func homeIsExpanded() {
        #expect(StoreTUIDocument.expandingHome("~/x.meteor") == NSHomeDirectory() + "/x.meteor")
        #expect(StoreTUIDocument.expandingHome("a/~/b") == "a/~/b")
    }
}
