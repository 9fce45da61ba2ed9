import Testing

@testable import MeteorTUI

@Suite struct ListCursorTests {
    @Test func movesClampAndScroll() {
        var cursor = ListCursor()
        cursor.move(.up, count: 10, height: 4)
        #expect(cursor == ListCursor())
        cursor.move(.pageDown, count: 10, height: 4)
        #expect(cursor.selected == 4)
        #expect(cursor.scrollTop == 1)
        cursor.move(.bottom, count: 10, height: 4)
        #expect(cursor.selected == 9)
        #expect(cursor.scrollTop == 6)
        cursor.move(.halfPageUp, count: 10, height: 4)
        #expect(cursor.selected == 7)
        cursor.move(.top, count: 10, height: 4)
        #expect(cursor.selected == 0)
        #expect(cursor.scrollTop == 0)
    }

    @Test func scrollingDragsTheSelectionAlong() {
        var cursor = ListCursor()
        cursor.scroll(by: 3, count: 10, height: 4)
        #expect(cursor.scrollTop == 3)
        #expect(cursor.selected == 3)
        cursor.scroll(by: 100, count: 10, height: 4)
        #expect(cursor.scrollTop == 6)
        cursor.scroll(by: -100, count: 10, height: 4)
        #expect(cursor.scrollTop == 0)
        #expect(cursor.selected == 3)
    }

    @Test func clampFollowsAShrinkingList() {
        var cursor = ListCursor()
        cursor.select(8, count: 10, height: 3)
        cursor.clamp(count: 2, height: 3)
        #expect(cursor.selected == 1)
        #expect(cursor.scrollTop == 0)
        cursor.clamp(count: 0, height: 3)
        #expect(cursor == ListCursor())
    }
}
