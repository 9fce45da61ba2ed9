import Testing

@testable import MeteorTUI

/// What the status bar shows at a width: where you are, counts with separators, messages cut
/// with `…` only when they must be.
@Suite struct StatusBarTests {
    static func bar(
        path: String? = "app:ui:theme", row: Int? = 6, rowCount: Int = 16,
        hits: StatusBar.HitCount? = nil, entries: Int = 8, message: StatusMessage? = nil
    ) -> StatusBar {
        StatusBar(
            document: "demo.meteor", isDirty: false, path: path, row: row, rowCount: rowCount,
            hits: hits, entryCount: entries, profile: "default", message: message)
    }

    static func line(_ bar: StatusBar, width: Int) -> String {
        var buffer = ScreenBuffer(size: Size(width: width, height: 1))
        bar.render(in: Rect(x: 0, y: 0, width: width, height: 1), into: &buffer)
        return buffer.lines[0]
    }

    @Test func showsTheSelectedPathAndThePosition() {
        let line = Self.line(Self.bar(), width: 80)
        #expect(line.hasPrefix(" demo.meteor  app:ui:theme  "))
        #expect(line.hasSuffix("  row 6 / 16 · 8 entries · default"))
        #expect(line.count == 79)
    }

    @Test func countsHaveThousandsSeparatorsAndTheHitCounter() {
        let bar = Self.bar(
            path: "ctx5:ns512:key512003", row: 512_003, rowCount: 1_000_000,
            hits: .init(current: 3, total: 17), entries: 1_000_000)
        let line = Self.line(bar, width: 120)
        #expect(line.contains("hit 3 / 17 · row 512,003 / 1,000,000 · 1,000,000 entries"))
        #expect(line.contains("ctx5:ns512:key512003"))
        #expect(
            Self.line(Self.bar(hits: .init(current: nil, total: 1_234)), width: 120).contains(
                "1,234 hits · row 6"))
    }

    @Test func narrowLinesDropTheProfileThenTheCountFirst() {
        let bar = Self.bar(
            path: "doc:guides.install:sections[10_intro]", row: 512_003, rowCount: 1_000_000,
            entries: 1_000_000)
        let line = Self.line(bar, width: 80)
        #expect(line.contains("row 512,003 / 1,000,000 · 1,000,000 entries"))
        #expect(!line.contains("default"))
        #expect(line.hasSuffix("entries"))
        // The path keeps 20 columns before the counts, its end shown.
        let narrow = Self.line(bar, width: 50)
        #expect(narrow == " demo.meteor  …guides.install:sections[10_intro]")
        let medium = Self.line(bar, width: 64)
        #expect(medium.hasSuffix("  row 512,003 / 1,000,000"))
        #expect(medium.contains("…"))
    }

    @Test func aMessageTakesThePathsPlaceAndIsCutWithAnEllipsis() {
        let short = Self.bar(message: StatusMessage("saved demo.meteor"))
        #expect(Self.line(short, width: 80).hasPrefix(" demo.meteor  saved demo.meteor   "))
        let text =
            "save failed: cannot open the lock file `st/nonexist/deep/er/still/store.meteor.lock`"
        let long = Self.line(Self.bar(message: StatusMessage(text, isError: true)), width: 80)
        #expect(long.hasPrefix(" demo.meteor  save failed: cannot open the lock file"))
        #expect(long.contains("…"))
        #expect(long.count <= 80)
    }
}
