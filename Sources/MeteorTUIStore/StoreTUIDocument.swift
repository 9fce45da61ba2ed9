import Foundation
import Glibc
public import MeteorStore
public import MeteorTUI

/// Lets the TUI edit an ``OpenStore``: the one place that knows both.
public final class StoreTUIDocument: TUIDocument {
    /// The open store.
    public let document: OpenStore

    /// Wraps an open store.
    ///
    /// - Parameter document: The store, opened in journaled mode.
    public init(_ document: OpenStore) {
        self.document = document
    }

    /// The engine holding the data.
    public var engine: MeteorEngine { document.engine }

    /// The file's last path component.
    public var displayName: String {
        document.path.split(separator: "/").last.map(String.init) ?? document.path
    }

    /// The document's file as it was named.
    public var path: String { document.path }

    /// The state file's problem at the last save, if it had one.
    public var saveWarning: String? { document.stateWarning }

    /// Whether the engine holds unsaved changes.
    public var hasUnsavedChanges: Bool { document.isDirty }

    /// Saves atomically.
    ///
    /// - Parameter overwritingExternalChanges: Whether to replace a file changed on disk.
    /// - Throws: The store's errors.
    public func save(overwritingExternalChanges: Bool) throws(MeteorError) {
        try document.save(overwritingExternalChanges ? .overwrite : .safe)
    }

    /// Drops unsaved changes and reads the file again.
    ///
    /// - Throws: The store's errors.
    public func reload() throws(MeteorError) {
        try document.reload()
    }

    /// How many changes the crash journal holds, if there is one.
    public var pendingRecoveryCount: Int? { document.pendingRecovery?.recordCount }

    /// Replays the crash journal when none of its changes conflicts with the file on disk.
    ///
    /// Conflicts need a choice this dialog does not offer yet, so they are refused: the
    /// journal stays (and keeps being written), and `meteor repl` lets the user choose.
    ///
    /// - Returns: How many changes came back.
    /// - Throws: ``DiagnosticKind/documentChanged`` for conflicts, or the store's errors.
    public func recover() throws(MeteorError) -> Int {
        if let plan = document.pendingRecovery, !plan.conflicts.isEmpty {
            let count = plan.conflicts.count
            throw MeteorError(
                .documentChanged,
                "\(count == 1 ? "1 key" : "\(count) keys") changed in the file too; "
                    + "the journal is kept (meteor repl lets you choose)")
        }
        return try document.recover().recordCount
    }

    /// Forgets this session's unsaved changes before quitting without saving, so the next
    /// start does not offer them back.
    ///
    /// - Throws: Never; a journal that cannot be cut back keeps changes the file has.
    public func discardUnsavedChanges() throws(MeteorError) {
        document.discardUnsavedChanges()
    }

    /// Deletes the crash journal.
    ///
    /// - Throws: The store's errors.
    public func discardRecovery() throws(MeteorError) {
        try document.discardRecovery()
    }

    // MARK: - Save as

    /// Checks a save-as destination on disk: an empty path, a directory, a missing parent
    /// directory and the document's own file are problems; an existing file asks first.
    ///
    /// - Parameter path: The typed path; `~/` means the home directory.
    /// - Returns: Available, exists, or the problem in words.
    public func saveAsTarget(_ path: String) -> SaveAsTarget {
        let resolved = Self.expandingHome(path)
        guard !resolved.isEmpty else {
            return .problem("type a file path, such as notes-copy.meteor")
        }
        if resolved.hasSuffix("/") { return .problem("\(path) names a directory, not a file") }
        let directory = StorePath.directory(of: resolved)
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            return .problem("directory \(directory) does not exist")
        }
        if !isDirectory.boolValue { return .problem("\(directory) is a file, not a directory") }
        if !FileManager.default.isWritableFile(atPath: directory) {
            return .problem("directory \(directory) is not writable")
        }
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return .problem("\(path) is a directory") }
            if Self.sameFile(resolved, document.path) {
                return .problem("that is this document's own file: choose overwrite instead")
            }
            return .exists
        }
        return .available
    }

    /// Saves atomically to another file, which becomes the document's file.
    ///
    /// - Parameters:
    ///   - path: The new file; `~/` means the home directory.
    ///   - overwrite: Whether an existing file may be replaced.
    /// - Throws: ``DiagnosticKind/documentChanged`` when the file exists and `overwrite` is
    ///   false, or another store error; the document keeps its old file then.
    public func save(as path: String, overwrite: Bool) throws(MeteorError) {
        try document.save(to: Self.expandingHome(path), overwrite: overwrite)
    }

    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return NSHomeDirectory() + path.dropFirst()
    }

    /// Whether two paths name the same file (same device and inode), links included.
    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }
}
