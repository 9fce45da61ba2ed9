import MeteorFormat
import Testing

@testable import MeteorTUI

/// The key corpus: document order, node ranges, and the wrapping scan.
@Suite struct KeyCorpusTests {
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

    var corpus: KeyCorpus { cache.search.corpus(for: cache.currentIndex()) }

    @Test func keysComeInTheOrderOfTheFullyOpenTree() {
        var state = BrowserState()
        state.expandAll(index: cache.currentIndex())
        let rows = cache.visibleRows(for: state)
        let treeOrder: [Address] = (0..<rows.count).compactMap {
            guard case .key(let address)? = rows.row($0)?.id else { return nil }
            return address
        }
        #expect((0..<corpus.count).map(corpus.address(at:)) == treeOrder)
        #expect(
            treeOrder.map(\.description) == [
                "app::top", "app:ui.widgets:button", "app:ui:theme", "app:ui:list[0]",
                "doc:guides.install:sections[intro]", "doc:guides.usage:sections[a]",
            ])
    }

    @Test func nodesCoverTheirSubtrees() throws {
        let index = cache.currentIndex()
        let doc = try Context(validating: "doc")
        #expect(corpus.positions(of: .context(.app), index: index) == 0..<4)
        #expect(corpus.positions(of: .folder(.app, "ui"), index: index) == 1..<4)
        #expect(corpus.positions(of: .folder(doc, "guides"), index: index) == 4..<6)
        #expect(corpus.positions(of: try keyNode("app:ui:list[0]"), index: index) == 3..<4)
        #expect(corpus.positions(of: try keyNode("app:ui:gone"), index: index) == nil)
    }

    @Test func findWrapsAroundOnceInEitherDirection() {
        let needle = TextNeedle("sections")
        #expect(
            corpus.find(needle, inValues: false, from: 0, direction: .forward, allowed: nil) == 4)
        #expect(
            corpus.find(needle, inValues: false, from: 5, direction: .forward, allowed: nil) == 5)
        #expect(
            corpus.find(needle, inValues: false, from: 6, direction: .forward, allowed: nil) == 4)
        #expect(
            corpus.find(needle, inValues: false, from: 3, direction: .backward, allowed: nil) == 5)
        #expect(
            corpus.find(needle, inValues: false, from: -1, direction: .backward, allowed: nil) == 5)
        #expect(
            corpus.find(
                needle, inValues: false, from: 0, direction: .forward,
                allowed: [true, true, true, true, false, true]) == 5)
        #expect(
            corpus.find(
                TextNeedle("zzz"), inValues: false, from: 0, direction: .forward, allowed: nil)
                == nil)
        #expect(
            corpus.find(
                TextNeedle("# Hi"), inValues: true, from: 0, direction: .forward, allowed: nil) == 4
        )
    }

    @Test func theCorpusIsRebuiltOnlyWhenTheDataChanges() throws {
        let first = corpus
        #expect(corpus === first)
        try source.set("app:ui:font", "mono")
        #expect(corpus !== first)
        #expect(corpus.count == 7)
    }
}
