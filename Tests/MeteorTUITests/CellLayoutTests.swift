import Testing

@testable import MeteorTUI

/// A terminal whose C library knows some widths differently from Unicode's tables.
struct TableDouble: ScalarWidthTable {
    var widths: [UInt32: Int?]

    func width(of scalar: Unicode.Scalar) -> Int? {
        widths[scalar.value] ?? UnicodeWidthTable().width(of: scalar)
    }
}

@Suite struct CellLayoutTests {
    let layout = CellLayout()

    func pieces(_ text: Character) -> [String] { layout.pieces(of: text).map(\.text) }

    @Test func zeroWidthJoinerSequencesAreOneReplacementMark() {
        // Terminals draw 👨‍👩‍👧‍👦 in 2 columns (tmux 3.3, kitty) or 8 (xterm, wcswidth): no width is
        // right everywhere, so it is drawn as one mark of a width every terminal agrees on.
        for family in ["👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽"] as [Character] {
            #expect(pieces(family) == ["\u{FFFD}"])
            #expect(layout.width(of: family) == 1)
        }
    }

    @Test func clustersOfSeveralSpacingScalarsTakeACellEach() {
        // Devanagari KA + vowel sign AA: wcwidth 1 + 1, and curses starts a cell for each.
        #expect(layout.pieces(of: "का").map(\.width) == [1, 1])
        #expect(layout.width(of: "🇩🇪" as Character) == 2)
    }

    @Test func combiningMarksStayInTheirCell() {
        #expect(layout.pieces(of: "e\u{301}") == [CellLayout.Piece(text: "e\u{301}", width: 1)])
        #expect(layout.pieces(of: "漢") == [CellLayout.Piece(text: "漢", width: 2)])
    }

    @Test func anEmojiSelectorAfterANarrowCharacterIsDropped() {
        // ❤️: some terminals widen it to 2 columns, others keep wcwidth's 1.
        #expect(layout.pieces(of: "❤️") == [CellLayout.Piece(text: "❤", width: 1)])
        #expect(layout.pieces(of: "🚀\u{FE0F}") == [CellLayout.Piece(text: "🚀\u{FE0F}", width: 2)])
    }

    @Test func controlAndBidiCharactersAreVisible() {
        #expect(pieces("\t") == ["␉"])
        #expect(pieces("\r\n") == ["␍", "␊"])
        #expect(layout.width(of: "a\u{202E}b") == 10)
        #expect(
            layout.pieces(of: "\u{202E}").map(\.text).joined() == "<U+202E>")
    }

    @Test func theTerminalsTableDecides() {
        let terminal = CellLayout(table: TableDouble(widths: [0x4E00: 1, 0x0378: Int?.none]))
        #expect(terminal.width(of: "一" as Character) == 1)
        // wcwidth -1: the locale cannot print it.
        #expect(terminal.pieces(of: "\u{378}") == [CellLayout.Piece(text: "\u{FFFD}", width: 1)])
        #expect(terminal.width(of: "a\u{378}b") == 3)
    }

    @Test func exceedsLooksNoFurtherThanTheWidth() {
        #expect(layout.exceeds("abc", width: 2))
        #expect(!layout.exceeds("abc", width: 3))
        #expect(layout.exceeds("漢字", width: 3))
    }
}
