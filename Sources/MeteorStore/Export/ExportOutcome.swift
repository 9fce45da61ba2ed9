/// What ``NamespaceExporter/export(context:namespace:entries:to:)`` did: the manifest it
/// wrote, and what it did not remove of the previous export.
public struct ExportOutcome: Sendable, Hashable {
    /// The manifest written.
    public var manifest: ExportManifest
    /// Files the previous manifest lists, that this export no longer writes, and that were
    /// kept because they no longer hold what the previous export wrote (or are links):
    /// paths below the export folder, in the previous manifest's order.
    public var kept: [String]
    /// Why a `MANIFEST` already in the folder could not be read, if so; no old file was
    /// removed then.
    public var previousManifestProblem: MeteorError?

    /// Creates an outcome.
    ///
    /// - Parameters:
    ///   - manifest: The manifest.
    ///   - kept: The stale files kept.
    ///   - previousManifestProblem: Why the old manifest was not read, if it was not.
    public init(
        manifest: ExportManifest, kept: [String] = [], previousManifestProblem: MeteorError? = nil
    ) {
        self.manifest = manifest
        self.kept = kept
        self.previousManifestProblem = previousManifestProblem
    }

    /// Lines for people about what was kept, empty when the export removed every old file.
    public var notes: [String] {
        var notes = kept.map { "kept \($0): changed since the last export wrote it" }
        if let previousManifestProblem {
            notes.append(
                "the old MANIFEST was not used to remove old files: "
                    + previousManifestProblem.message)
        }
        return notes
    }
}
