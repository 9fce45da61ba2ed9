import MeteorKit
import Testing

@testable import MeteorTUI

/// Whole-screen snapshots of every structural-edit field, preview and the compare view, at
/// 80×24 and 120×40.
@Suite struct StructureSnapshotTests {
    static let sizes = ScreenSnapshotTests.sizes

    @Test(arguments: sizes)
    func renameFieldAndPreview(size: Size) throws {
        let session = try StructureSession(size: size)
        try session.select(.key(try session.address("app:ui:theme")))
        session.press(.character("r"))
        session.retype("colour[main")
        assertSnapshot(session.screen(), named: "rename-field-\(size)")
        session.press(.character("]"), .enter)
        assertSnapshot(session.screen(), named: "rename-preview-\(size)")
    }

    @Test(arguments: sizes)
    func moveFieldAndPreview(size: Size) throws {
        let session = try StructureSession(size: size)
        try session.select(.folder(.app, "ui"))
        session.press(.character("m"))
        session.retype("doc:settings.ui")
        assertSnapshot(session.screen(), named: "move-field-\(size)")
        session.press(.enter)
        assertSnapshot(session.screen(), named: "move-preview-\(size)")
        session.press(.character("y"))
        assertSnapshot(session.screen(), named: "move-applied-\(size)")
    }

    @Test(arguments: sizes)
    func copyFieldAndPreviewWithClashes(size: Size) throws {
        let session = try StructureSession(size: size)
        try session.select(.folder(.app, "ui"))
        session.press(.character("c"))
        session.retype("user")
        assertSnapshot(session.screen(), named: "copy-field-\(size)")
        session.press(.enter)
        assertSnapshot(session.screen(), named: "copy-preview-\(size)")
    }

    @Test(arguments: sizes)
    func compareFieldAndView(size: Size) throws {
        let session = try StructureSession(size: size)
        try session.engine.set(
            "user:ui:note", "a long value that does not fit in its column at all")
        try session.select(.folder(.app, "ui"))
        session.press(.character("C"))
        assertSnapshot(session.screen(), named: "compare-field-\(size)")
        session.press(.enter, .character("j"))
        assertSnapshot(session.screen(), named: "compare-\(size)")
    }
}
