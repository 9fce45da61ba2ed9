import MeteorCLI
import MeteorTUI

/// Lets the TUI edit a store `Document`: the one place that knows both.
final class StoreTUIDocument: TUIDocument {
    let document: Document

    init(_ document: Document) {
        self.document = document
    }

    var engine: MeteorEngine { document.engine }

    var displayName: String {
        document.path.split(separator: "/").last.map(String.init) ?? document.path
    }

    var hasUnsavedChanges: Bool { document.isDirty }

    func save(overwritingExternalChanges: Bool) throws(MeteorError) {
        try document.save(overwritingExternalChanges ? .overwrite : .safe)
    }

    func reload() throws(MeteorError) {
        try document.reload()
    }

    var pendingRecoveryCount: Int? { document.pendingRecovery?.recordCount }

    func recover() throws(MeteorError) -> Int {
        try document.recover()
    }

    func discardRecovery() throws(MeteorError) {
        try document.discardRecovery()
    }
}
