import MeteorFormat
import Testing

@testable import MeteorTUI

@Suite struct CompareViewTests {
    func state(rows: Int) throws -> CompareState {
        CompareState(
            left: .app, right: try Context(validating: "user"), namespace: .main,
            keys: try (0..<rows).map { try Key(validating: "k\($0)") }, tally: [.different: rows])
    }

    @Test func marksEachRowAndClipsLongValues() throws {
        let values: [String: String] = [
            "app:main:k0": "same", "user:main:k0": "same", "app:main:k1": "left",
            "user:main:k2": "right", "app:main:k3": "a", "user:main:k3": "a much longer value",
        ]
        var buffer = ScreenBuffer(size: Size(width: 44, height: 10))
        CompareView(state: try state(rows: 4), value: { values[$0.description] }, keys: [])
            .render(in: Rect(x: 0, y: 0, width: 44, height: 10), into: &buffer)
        #expect(
            Array(buffer.lines[1...5]) == [
                "│  key         app           user          │",
                "│= k0          same          same          │",
                "│◀ k1          left          —             │",
                "│▶ k2          —             right         │",
                "│≠ k3          a             a much longer…│",
            ])
        #expect(buffer[1, 2].role == .selection)
        #expect(buffer[1, 5].role == .warning)
        #expect(buffer[15, 3].role == .diffRemoved)
    }

    @Test func drawsOnlyTheRowsOnScreen() throws {
        var compare = try state(rows: 100_000)
        compare.scrollTop = 99_990
        compare.selectedRow = 99_995
        var lookups = 0
        var buffer = ScreenBuffer(size: Size(width: 60, height: 12))
        CompareView(
            state: compare,
            value: { _ in
                lookups += 1
                return "v"
            }, keys: []
        ).render(in: Rect(x: 0, y: 0, width: 60, height: 12), into: &buffer)
        #expect(lookups == 2 * 7)
        #expect(buffer.lines[2].contains("k99990"))
    }
}
