public import MeteorKit

/// The open document as the TUI sees it: an engine to browse and edit, and saving.
///
/// The app's composition root adapts the store's document to it; tests use
/// ``InMemoryDocument``. Keeping this seam small keeps `MeteorTUI` free of file code.
public protocol TUIDocument: AnyObject {
    /// The engine holding the data.
    var engine: MeteorEngine { get }
    /// The name shown in the status bar.
    var displayName: String { get }
    /// Whether there are changes that are not saved.
    var hasUnsavedChanges: Bool { get }
    /// Saves atomically.
    ///
    /// - Parameter overwritingExternalChanges: Whether to overwrite a file that changed on disk.
    /// - Throws: ``DiagnosticKind/documentChanged`` when the file changed on disk and
    ///   `overwritingExternalChanges` is false; other store errors.
    func save(overwritingExternalChanges: Bool) throws(MeteorError)
    /// Drops unsaved changes and reads the file again.
    ///
    /// - Throws: Store errors.
    func reload() throws(MeteorError)
    /// How many unsaved changes a crash-recovery journal holds, or nil when there is none.
    var pendingRecoveryCount: Int? { get }
    /// Replays the crash-recovery journal onto the document.
    ///
    /// - Returns: How many changes came back.
    /// - Throws: Store errors; ``DiagnosticKind/documentChanged`` when the file moved on.
    func recover() throws(MeteorError) -> Int
    /// Deletes the crash-recovery journal without replaying it.
    ///
    /// - Throws: Store errors.
    func discardRecovery() throws(MeteorError)
    /// Forgets the unsaved changes before quitting without saving, so the next start does
    /// not offer them for recovery.
    ///
    /// - Throws: Store errors.
    func discardUnsavedChanges() throws(MeteorError)

    // MARK: Save as
    /// The document's file as the user named it; the save-as field starts with it.
    var path: String { get }
    /// Checks a save-as destination before anything is written.
    ///
    /// - Parameter path: The path typed in the save-as field.
    /// - Returns: Whether it is free, taken (ask before replacing), or unusable and why.
    func saveAsTarget(_ path: String) -> SaveAsTarget
    /// Saves atomically to another file, which becomes the document's file; the old file is
    /// left as it is.
    ///
    /// - Parameters:
    ///   - path: The new file.
    ///   - overwrite: Whether a file that exists there may be replaced.
    /// - Throws: ``DiagnosticKind/documentChanged`` when the file exists and `overwrite` is
    ///   false; other store errors. The document keeps its old file then.
    func save(as path: String, overwrite: Bool) throws(MeteorError)
    /// A problem the last save had that did not stop it (say, the undo history could not be
    /// written beside the file), for the status bar; nil when there was none.
    var saveWarning: String? { get }
}

extension TUIDocument {
    /// Documents without side files never have a save warning.
    public var saveWarning: String? { nil }
}
