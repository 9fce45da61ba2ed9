import MeteorKit
import Testing

@testable import MeteorTUI

/// One namespace of 100,000 keys, checked by counts and structure (no timing).
///
/// Value edits rebuild nothing, and the selection is re-found at or next to its row through
/// inserts, deletes and undo.
@Suite struct HugeNamespaceTests {
    static let count = 100_000
    let engine = MeteorEngine()
    let source: CountingTreeSource
    let cache: TreeCache
    var state = BrowserState()

    init() throws {
        for number in 0..<Self.count {
            try engine.set(Self.address(number), "value \(number)")
        }
        source = CountingTreeSource(engine)
        cache = TreeCache(source: source)
        state.expandAll(index: cache.currentIndex())
    }

    /// `app:bulk:key{number}`.
    static func address(_ number: Int) throws -> Address {
        try Address(parsing: path(number))
    }

    static func path(_ number: Int) -> String { "app:bulk:key\(number)" }

    /// The rows above the keys: the context and the namespace folder.
    static let header = 2

    var rows: VisibleRows { cache.visibleRows(for: state) }

    var selectedKey: TreeNodeID? { rows.row(state.selectedRow)?.id }

    @Test func namespaceIsOneSegmentOfRows() {
        #expect(rows.count == Self.header + Self.count)
        #expect(rows.segments.count == Self.header + 1)
        #expect(source.namespaceListings == 1)
    }

    @Test func valueEditKeepsIndexRowsCorpusAndFilter() throws {
        let index = cache.currentIndex()
        let corpus = cache.search.corpus(for: index)
        let filter = try TreeFilter(parsing: "key99")
        let filtered = cache.search.filtered(filter, index: index)
        let listings = source.namespaceListings
        try engine.execute(.set(path: Self.path(5), value: "edited"))
        try engine.undo()
        try engine.redo()
        #expect(cache.currentIndex() === index)
        #expect(cache.search.corpus(for: index) === corpus)
        #expect(cache.search.filtered(filter, index: index) === filtered)
        #expect(rows.count == Self.header + Self.count)
        #expect(source.namespaceListings == listings)
    }

    @Test func valueSearchSeesTheEditedValue() throws {
        let corpus = cache.search.corpus(for: cache.currentIndex())
        #expect(corpus.values(ofSegment: 0)[7] == "value 7")
        try engine.execute(.set(path: Self.path(7), value: "needle"))
        #expect(cache.search.corpus(for: cache.currentIndex()) === corpus)
        #expect(corpus.values(ofSegment: 0)[7] == "needle")
    }

    @Test func keyChangeRebuildsOnce() throws {
        let index = cache.currentIndex()
        #expect(rows.count == Self.header + Self.count)
        #expect(source.namespaceListings == 1)
        try engine.execute(.set(path: "app:bulk:brand-new", value: "x"))
        #expect(cache.currentIndex() !== index)
        #expect(rows.count == Self.header + Self.count + 1)
        #expect(rows.count == Self.header + Self.count + 1)
        #expect(source.namespaceListings == 2)
    }

    @Test mutating func selectionStaysThroughAValueEdit() throws {
        state.move(.bottom, rows: rows, pageHeight: 10)
        try engine.execute(.set(path: Self.path(Self.count - 1), value: "edited"))
        state.reconcile(rows: rows)
        #expect(state.selectedRow == Self.header + Self.count - 1)
        let last = TreeNodeID.key(try Self.address(Self.count - 1))
        #expect(selectedKey == last)
    }

    @Test mutating func selectionFollowsItsKeyWhenAKeyAboveGoesAndComesBack() throws {
        state.move(.bottom, rows: rows, pageHeight: 10)
        let last = TreeNodeID.key(try Self.address(Self.count - 1))
        try engine.execute(.delete(path: Self.path(0)))
        state.reconcile(rows: rows)
        #expect(state.selectedRow == Self.header + Self.count - 2)
        #expect(state.selectedID == last && selectedKey == last)
        try engine.undo()
        state.reconcile(rows: rows)
        #expect(state.selectedRow == Self.header + Self.count - 1)
        #expect(state.selectedID == last && selectedKey == last)
    }

    @Test mutating func selectionFollowsItsKeyFarFromItsRow() throws {
        let middle = Self.header + Self.count / 2
        state.select(row: middle, rows: rows)
        let selected = state.selectedID
        for number in 0..<5 { try engine.execute(.delete(path: Self.path(number))) }
        state.reconcile(rows: rows)
        #expect(state.selectedRow == middle - 5)
        #expect(selectedKey == selected)
    }

    @Test mutating func deletingTheSelectedKeySelectsTheRowThatTakesItsPlace() throws {
        let row = Self.header + 10
        state.select(row: row, rows: rows)
        try engine.execute(.delete(path: Self.path(10)))
        state.reconcile(rows: rows)
        #expect(state.selectedRow == row)
        let next = TreeNodeID.key(try Self.address(11))
        #expect(selectedKey == next)
        #expect(state.selectedID == next)
    }

    @Test func findsRowsNearTheHintAndElsewhere() throws {
        let rows = rows
        let key = TreeNodeID.key(try Self.address(500))
        let row = Self.header + 500
        #expect(rows.index(of: key, near: row) == row)
        #expect(rows.index(of: key, near: row + 1) == row)
        #expect(rows.index(of: key, near: row - 1) == row)
        #expect(rows.index(of: key, near: 0) == row)
        let missing = TreeNodeID.key(try Self.address(Self.count))
        #expect(rows.index(of: missing, near: row) == nil)
        let folder = TreeNodeID.folder(try Address(parsing: Self.path(0)).context, "bulk")
        #expect(rows.index(of: folder, near: row) == 1)
    }
}
