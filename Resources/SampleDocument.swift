public import Foundation

/// The sample document shipped with Meteor (`sample.meteor`): documentation, shell scripts
/// and application settings in the document-virtualization layout of SPEC §11.
///
/// `meteor tui --demo` opens a temporary copy of it, so trying the TUI never changes a
/// tracked file.
public enum SampleDocument {
    /// The bundled file, or nil when the resource bundle is not next to the binary.
    public static var url: URL? {
        Bundle.module.url(forResource: "sample", withExtension: "meteor")
    }

    /// Copies the sample into a new private temporary folder.
    ///
    /// - Returns: The path of the copy.
    /// - Throws: When the sample is missing or the copy fails.
    public static func temporaryCopy() throws -> String {
        guard let url else {
            throw CocoaError(
                .fileNoSuchFile,
                userInfo: [
                    NSLocalizedDescriptionKey: "sample.meteor is not bundled with this binary"
                ])
        }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-demo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("demo.meteor")
        try FileManager.default.copyItem(at: url, to: copy)
        return copy.path
    }
}
