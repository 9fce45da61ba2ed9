import Glibc
import MeteorCurses
import MeteorTUI
import Testing

/// The C library's widths, as curses places characters by them.
@Suite struct LocaleWidthTableTests {
    init() { setlocale(LC_CTYPE, "C.UTF-8") }

    @Test func answersWithWcwidth() {
        let table = LocaleWidthTable()
        #expect(table.width(of: "a") == 1)
        #expect(table.width(of: "漢") == 2)
        #expect(table.width(of: "\u{301}") == 0)
        #expect(table.width(of: "\u{200D}") == 0)
        // Unassigned: the locale cannot print it.
        #expect(table.width(of: "\u{378}") == nil)
    }

    @Test func framesLaidOutWithItAgreeWithTheTerminal() {
        let layout = CellLayout(table: LocaleWidthTable())
        // wcswidth says 8 for the family, tmux 3.3 draws 2: one replacement mark instead.
        #expect(layout.width(of: "x👨‍👩‍👧‍👦y") == 3)
        #expect(layout.width(of: "漢字") == 4)
        #expect(layout.width(of: "a\u{378}") == 2)
    }
}
