/// An engine's history in a form that outlives the process: the records, the undo and redo
/// stacks, the next ids, and the key stamps that undo needs to put keys back in place.
///
/// A front end saves it beside the document it was taken with, and restores it into an
/// engine freshly loaded from that same document
/// (``MeteorEngine/historySnapshot(changeBudget:)``, ``MeteorEngine/restoreHistory(_:)``).
/// Restoring it over other data would undo the wrong things: check that the document is
/// the one the snapshot was taken with before restoring.
package struct HistorySnapshot: Codable, Sendable {
    /// The records, oldest first.
    package var records: [HistoryRecord]
    /// The undo stack, oldest first; the last is undone next.
    package var undo: [Int]
    /// The redo stack; the last is redone next.
    package var redo: [Int]
    /// The id the next record gets.
    package var nextRecordID: Int
    /// The stamp the next new key gets.
    package var nextStamp: Int
    /// The key stamps of the namespaces the records refer to.
    package var stamps: [NamespaceStamps]
}
