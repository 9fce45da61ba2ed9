import Foundation
import Testing

/// Bytes that are not UTF-8, from arguments or standard input, are refused with
/// `invalidUTF8` at their byte offset and exit 3; nothing is stored (issue 11, item 15).
///
/// `Process` cannot pass such bytes, so each case is a shell line (`$METEOR` is the binary).
@Suite struct InvalidUTF8InputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var script: String
        /// Text the diagnostic must hold: where the bad byte is.
        var place: String
        var testDescription: String { script }
    }

    static let cases: [Case] = [
        Case(script: #"printf 'ok\377' | "$METEOR" set app:ui:k -"#, place: "<stdin>:1:3"),
        Case(script: #""$METEOR" set app:ui:k "$(printf 'ok\377')""#, place: "byte 2"),
        Case(script: #""$METEOR" set "$(printf 'app:ui:k\377')" v"#, place: "byte 8"),
        Case(script: #"printf 'a=1;\nb=\377' | "$METEOR" parse -"#, place: "<stdin>:2:3"),
        Case(script: #"printf 'a=\377' | "$METEOR" validate -"#, place: "<stdin>:1:3"),
        Case(
            script: #"printf '{"app:ui:k":"\377"}' | "$METEOR" import --from json -"#,
            place: "<stdin>:1:14"),
        Case(
            script: #"printf 'set app:ui:ok 1\nset app:ui:k \376\n' | "$METEOR" repl --batch"#,
            place: "<stdin>:2:14"),
    ]

    @Test(arguments: cases)
    func isRefusedAtItsByteOffset(_ input: Case) throws {
        let work = try Workspace()
        let run = try work.shell(input.script)
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("error[invalidUTF8]"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains(input.place), "stderr: \(run.stderr)")
        #expect(!run.stderr.contains("\u{FFFD}=") && !run.stdout.contains("\u{FFFD}"))
        #expect(!FileManager.default.fileExists(atPath: work.store), "nothing is stored")
    }

    @Test func theInteractiveREPLRefusesTheLineAndRunsTheNext() throws {
        let work = try Workspace()
        let run = try work.shell(
            #"printf 'set app:ui:bad \376\nset app:ui:good 1\n' | "$METEOR" repl"#)
        #expect(run.stderr.contains("error[invalidUTF8]"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("<stdin>:1:16"), "stderr: \(run.stderr)")
        let text = try work.storeText()
        #expect(text.contains("app:ui:good=1"))
        #expect(!text.contains("bad"))
    }

    @Test func validUTF8ArgumentsAndInputStillWork() throws {
        let work = try Workspace()
        let run = try work.shell(
            #"printf 'caf\303\251 🚀' | "$METEOR" set "app:ui:名前" - && "$METEOR" get "app:ui:名前""#)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasSuffix("café 🚀\n"))
    }
}
