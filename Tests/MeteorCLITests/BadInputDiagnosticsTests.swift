import Foundation
import Testing

/// Every bad input exits 3 with a kind, a location and a hint; every store failure exits 4;
/// and no diagnostic prints much more than the offending line's neighbourhood, however long
/// the line (issue 11, item 17).
@Suite struct BadInputDiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Prepares the workspace; returns the arguments and standard input of the run.
        var prepare: @Sendable (Workspace) throws -> (arguments: [String], stdin: String?)
        var status: Int32
        var kind: String
        var located = true
        var hinted = true
        /// The most stderr may hold, in bytes.
        var bound = 2_048
        var testDescription: String { name }
    }

    /// A folder `e` exported from `doc:g` (two sections and a title), then `edit` applied
    /// to its MANIFEST.
    private static func export(_ work: Workspace, edit: (String) -> String) throws {
        try work.run("set", "doc:g:sections[a]", "hello")
        try work.run("set", "doc:g:sections[b]", "world")
        try work.run("set", "doc:g:title", "G")
        try work.run("export", "doc:g", "e")
        let manifest = try #require(work.read("e/MANIFEST"))
        try work.write(edit(manifest), to: "e/MANIFEST")
    }

    private static func json(_ name: String, _ text: String) -> Case {
        Case(
            name: "JSON: \(name)",
            prepare: { work in
                try work.write(text, to: "in.json")
                return (["import", "--from", "json", "in.json"], nil)
            }, status: 3, kind: "invalidDocument")
    }

    static let megabytes = String(repeating: "x", count: 5_000_000)

    static let cases: [Case] = [
        Case(
            name: "manifest with a bad header",
            prepare: { work in
                try export(work) { "# not a manifest" + $0.drop { $0 != "\n" } }
                return (["import", "e"], nil)
            }, status: 3, kind: "invalidDocument"),
        Case(
            name: "unknown manifest line",
            prepare: { work in
                try export(work) { $0 + "bogus line\n" }
                return (["import", "e"], nil)
            }, status: 3, kind: "invalidDocument"),
        Case(
            name: "folder without a MANIFEST",
            prepare: { work in
                try export(work) { $0 }
                try FileManager.default.removeItem(atPath: work.path("e/MANIFEST"))
                return (["import", "e"], nil)
            }, status: 3, kind: "invalidDocument"),
        Case(
            name: "missing folder",
            prepare: { _ in (["import", "missing"], nil) }, status: 3, kind: "ioError"),
        Case(
            name: "missing folder with a target",
            prepare: { _ in (["import", "missing", "doc:x"], nil) }, status: 3, kind: "ioError"),
        Case(
            name: "a key listed twice",
            prepare: { work in
                try export(work) {
                    $0.replacingOccurrences(of: "entry sections[b]", with: "entry sections[a]")
                }
                return (["import", "e"], nil)
            }, status: 3, kind: "invalidDocument"),
        Case(
            name: "manifest path outside the folder",
            prepare: { work in
                try export(work) {
                    $0.replacingOccurrences(
                        of: "entry title g/_keys.meteor", with: "entry title ../x.meteor")
                }
                return (["import", "e"], nil)
            }, status: 3, kind: "pathOutsideFolder"),
        Case(
            name: "checksum mismatch",
            prepare: { work in
                try export(work) { $0 }
                try work.write("edited", to: "e/g/sections/10-a.md")
                return (["import", "e", "--verify"], nil)
            }, status: 3, kind: "checksumMismatch"),
        Case(
            name: "value over the limit from stdin",
            prepare: { _ in (["set", "app:ui:big", "-"], String(repeating: "v", count: 70_000)) },
            status: 3, kind: "limitExceeded"),
        Case(
            name: "value over the limit as an argument",
            prepare: { _ in (["set", "app:ui:big", String(repeating: "v", count: 70_000)], nil) },
            status: 3, kind: "limitExceeded"),
        Case(
            name: "one context too many",
            prepare: { work in
                let lines = (0..<100).map { "c\($0):ui:k=v\n" }.joined()
                try work.write("# meteor v1\n" + lines, to: "store.meteor")
                return (["set", "c100:ui:k", "v"], nil)
            }, status: 3, kind: "limitExceeded"),
        Case(
            name: "value over the limit in an export folder",
            prepare: { work in
                try export(work) { $0 }
                try work.write(String(repeating: "v", count: 70_000), to: "e/g/sections/10-a.md")
                return (["import", "e"], nil)
            }, status: 3, kind: "limitExceeded"),
        json("trailing comma", #"{"app:ui:a":"1",}"#),
        json("single quotes", "{'app:ui:a':'1'}"),
        json("a comment", "{\"app:ui:a\":\"1\" // note\n}"),
        json("a leading zero", #"{"app:ui:a":01}"#),
        json(
            "600-deep nesting",
            String(repeating: "[", count: 600) + String(repeating: "]", count: 600)),
        json("garbage after a BOM", "\u{FEFF}xyz"),
        Case(
            name: "foreign file missing",
            prepare: { _ in (["import", "--from", "json", "nope.json"], nil) },
            status: 3, kind: "ioError"),
        Case(
            name: "store is a folder",
            prepare: { work in
                try FileManager.default.createDirectory(
                    atPath: work.path("dir.meteor"), withIntermediateDirectories: true)
                return (["get", "k", "--store", "dir.meteor"], nil)
            }, status: 4, kind: "ioError"),
        Case(
            name: "5 MB stream with an unclosed quote",
            prepare: { _ in (["parse", "-"], "a=1; k=\"" + megabytes) },
            status: 3, kind: "unclosedQuote"),
        Case(
            name: "5 MB bad line in the store",
            prepare: { work in
                try work.write(
                    "# meteor v1\napp:ui:k=\"\(megabytes)\n", to: "store.meteor")
                return (["get", "app:ui:k"], nil)
            }, status: 4, kind: "unclosedQuote"),
        Case(
            name: "5 MB bad key in JSON",
            prepare: { work in
                try work.write("{\"app:ui:\(megabytes) \":\"v\"}", to: "in.json")
                return (["import", "--from", "json", "in.json"], nil)
            }, status: 3, kind: "invalidKey"),
        Case(
            name: "5 MB key in a stream",
            prepare: { _ in (["parse", "-"], "a=1; \(megabytes)=v") },
            status: 3, kind: "limitExceeded"),
    ]

    @Test(arguments: cases)
    func isReportedWithKindLocationAndHint(_ input: Case) throws {
        let work = try Workspace()
        let (arguments, stdin) = try input.prepare(work)
        let run = try work.binary.run(
            arguments, environment: work.environment, stdin: stdin, in: work.directory)
        #expect(run.status == input.status, "stderr: \(run.stderr.prefix(1_000))")
        #expect(
            run.stderr.hasPrefix("error[\(input.kind)]"), "stderr: \(run.stderr.prefix(1_000))")
        #expect(
            run.stderr.contains(" --> ") == input.located, "stderr: \(run.stderr.prefix(1_000))")
        let hinted = run.stderr.split(separator: "\n").contains { $0.contains("= hint: ") }
        #expect(hinted == input.hinted, "stderr: \(run.stderr.prefix(1_000))")
        #expect(
            run.stderr.utf8.count <= input.bound,
            "stderr is \(run.stderr.utf8.count) bytes: \(run.stderr.prefix(600))")
    }

    @Test func theJSONErrorObjectCarriesTheLocation() throws {
        let work = try Workspace()
        let run = try work.binary.run(
            ["set", "app:ui:big", "-", "--format", "json"], environment: work.environment,
            stdin: String(repeating: "v", count: 70_000), in: work.directory)
        #expect(run.status == 3)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(run.stderr.utf8)) as? [String: Any])
        let location = try #require(object["location"] as? [String: Any])
        #expect(location["file"] as? String == "<stdin>")
        #expect(location["summary"] as? String == "<stdin>")
        #expect(object["hint"] is String)
    }
}
