import Testing

@testable import MeteorTUI

@Suite struct RectTests {
    @Test func verticalSplitWithHeaderBodyFooter() {
        let parts = Rect(Size(width: 80, height: 24)).split(
            .vertical, [.length(1), .fill(1), .length(1)])
        #expect(
            parts == [
                Rect(x: 0, y: 0, width: 80, height: 1),
                Rect(x: 0, y: 1, width: 80, height: 22),
                Rect(x: 0, y: 23, width: 80, height: 1),
            ])
    }

    @Test func horizontalSplitByPercentageAndFill() {
        let parts = Rect(x: 0, y: 1, width: 100, height: 10).split(
            .horizontal, [.percentage(35), .fill(1)])
        #expect(parts.map(\.width) == [35, 65])
        #expect(parts[1].x == 35)
    }

    @Test func fillSharesByWeightAndTilesExactly() {
        let parts = Rect(x: 0, y: 0, width: 10, height: 1).split(
            .horizontal, [.fill(1), .fill(2)])
        #expect(parts.map(\.width).reduce(0, +) == 10)
        #expect(parts[0].width == 3)
    }

    @Test(arguments: [(1, 1), (2, 3), (40, 10), (7, 300), (300, 1000)])
    func splitsNeverGoNegativeAndStayInside(width: Int, height: Int) {
        let whole = Rect(Size(width: width, height: height))
        for parts in [
            whole.split(.vertical, [.length(1), .min(3), .length(1)]),
            whole.split(.horizontal, [.percentage(40), .fill(1), .length(50)]),
        ] {
            for part in parts {
                #expect(part.width >= 0 && part.height >= 0)
                #expect(part.maxX <= whole.maxX && part.maxY <= whole.maxY)
            }
        }
        #expect(whole.inset(by: 1).width >= 0)
    }
}
