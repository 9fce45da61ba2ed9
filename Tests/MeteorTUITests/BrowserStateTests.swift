import MeteorFormat
import Testing

@testable import MeteorTUI

@Suite struct BrowserStateTests {
    let source: ArrayTreeSource
    let cache: TreeCache

    init() throws {
        source = try ArrayTreeSource([
            "app:ui:theme=dark", "app:ui:list[0]=a", "app:ui.widgets:button=ok",
            "app::top=1", "doc:guides.install:sections[intro]=# Hi",
            "doc:guides.usage:sections[a]=x",
        ])
        cache = TreeCache(source: source)
    }

    func labels(_ state: BrowserState) -> [String] {
        let rows = cache.visibleRows(for: state)
        return (0..<rows.count).compactMap { rows.row($0) }.map {
            String(repeating: " ", count: $0.depth) + $0.label
        }
    }

    @Test func collapsedTreeShowsContextsOnly() {
        #expect(labels(BrowserState()) == ["app", "doc"])
    }

    @Test func expandingShowsNamespaceFoldersThenKeys() {
        var state = BrowserState()
        state.expanded = [.context(.app), .folder(.app, "ui")]
        #expect(
            labels(state) == ["app", " (root)", " ui", "  widgets", "  theme", "  list[0]", "doc"])
    }

    @Test func dottedNamespacesNestAsFolders() {
        var state = BrowserState()
        state.expandAll(index: cache.currentIndex())
        let rows = labels(state)
        #expect(rows.contains(" guides"))
        #expect(rows.contains("  install"))
        #expect(rows.contains("   sections[intro]"))
    }

    @Test func movesClampAtBothEnds() {
        var state = BrowserState()
        let rows = cache.visibleRows(for: state)
        state.move(.up, rows: rows, pageHeight: 10)
        #expect(state.selectedRow == 0)
        state.move(.bottom, rows: rows, pageHeight: 10)
        #expect(state.selectedRow == 1)
        state.move(.pageDown, rows: rows, pageHeight: 10)
        #expect(state.selectedRow == 1)
    }

    @Test func expandThenCollapseAndParent() {
        var state = BrowserState()
        var rows = cache.visibleRows(for: state)
        let expanded = state.expandSelection(rows: rows)
        #expect(expanded)
        rows = cache.visibleRows(for: state)
        state.move(.down, rows: rows, pageHeight: 10)
        state.move(.down, rows: rows, pageHeight: 10)
        #expect(rows.row(state.selectedRow)?.label == "ui")
        state.collapseSelection(rows: rows)
        #expect(state.selectedRow == 0)
        #expect(rows.row(state.selectedRow)?.id == .context(.app))
    }

    @Test func selectionSurvivesARebuild() throws {
        var state = BrowserState()
        state.expandAll(index: cache.currentIndex())
        var rows = cache.visibleRows(for: state)
        let target = try #require(rows.index(of: .key(try Address(parsing: "app:ui:theme"))))
        state.select(row: target, rows: rows)
        try source.set("app:aaa:first", "x")
        state.expandAll(index: cache.currentIndex())
        rows = cache.visibleRows(for: state)
        state.reconcile(rows: rows)
        #expect(rows.row(state.selectedRow)?.label == "theme")
    }

    @Test func expandToLevelOpensOnlyUpperFolders() {
        var state = BrowserState()
        state.expandAll(index: cache.currentIndex(), toLevel: 2)
        let rows = labels(state)
        #expect(rows.contains("  widgets"))
        #expect(!rows.contains("   button"))
    }

    @Test func revealOpensTheParents() throws {
        var state = BrowserState()
        let address = try Address(parsing: "doc:guides.install:sections[intro]")
        state.reveal(.key(address))
        let rows = cache.visibleRows(for: state)
        #expect(rows.index(of: .key(address)) != nil)
    }

    @Test func scrollKeepsSelectionVisible() {
        var state = BrowserState()
        state.selectedRow = 30
        state.clampViewport(height: 10, rowCount: 40)
        #expect(state.scrollTop == 21)
        state.selectedRow = 5
        state.clampViewport(height: 10, rowCount: 40)
        #expect(state.scrollTop == 5)
    }

    @Test func fewerRowsBringTheViewportBack() {
        var state = BrowserState()
        state.selectedRow = 3
        state.scrollTop = 30
        state.clampViewport(height: 20, rowCount: 4)
        #expect(state.scrollTop == 0)
        state.selectedRow = 35
        state.scrollTop = 30
        state.clampViewport(height: 20, rowCount: 40)
        #expect(state.scrollTop == 20)
    }

    @Test func aMillionKeysIsOneSegment() throws {
        let big = try ArrayTreeSource([])
        for index in 0..<2_000 { try big.set("app:bulk:k\(index)", "v") }
        let bigCache = TreeCache(source: big)
        var state = BrowserState()
        state.expandAll(index: bigCache.currentIndex())
        let rows = bigCache.visibleRows(for: state)
        #expect(rows.count == 2_002)
        #expect(rows.segments.count == 3)
        #expect(rows.row(2_001)?.label == "k1999")
    }
}
