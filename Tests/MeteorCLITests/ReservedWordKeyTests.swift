import Foundation
import Testing

/// Keys spelled like the stream's reserved words (`ns`, `ctx`, …) import and print in a
/// form that parses back (issue 11, item 16).
@Suite struct ReservedWordKeyTests {
    static let words = [
        "ns", "ctx", "ctl", "global", "root", "default", "control", "context", "namespace",
    ]

    @Test func foreignImportsAcceptThem() throws {
        let work = try Workspace()
        let members = Self.words.map { "\"app:k8s:\($0)\":\"v-\($0)\"" }
        try work.write(
            "{\"app:k8s:cluster\":\"c1\"," + members.joined(separator: ",") + "}",
            to: "flat.json")
        try work.write(
            "{\"app\":{\"nested\":{"
                + Self.words.map { "\"\($0)\":\"n-\($0)\"" }
                .joined(separator: ",") + "}}}",
            to: "nested.json")
        try work.write(Self.words.map { "\($0)=e-\($0)\n" }.joined(), to: "keys.env")
        for (format, file) in [("json", "flat.json"), ("nested-json", "nested.json")] {
            let run = try work.run("import", "--from", format, file)
            #expect(run.status == 0, "\(format): \(run.stderr)")
        }
        let env = try work.run("import", "--from", "env", "keys.env", "app:env")
        #expect(env.status == 0, "env: \(env.stderr)")
        for word in Self.words {
            #expect(try work.run("get", "app:k8s:\(word)").stdout == "v-\(word)\n")
            #expect(try work.run("get", "app:nested:\(word)").stdout == "n-\(word)\n")
            #expect(try work.run("get", "app:env:\(word)").stdout == "e-\(word)\n")
        }
        // One import is one undo, as before.
        #expect(try work.run("undo").status == 0)
        #expect(try work.run("get", "app:env:ns").status == 1)
    }

    @Test func theMeteorCommandPrintsTextThatParsesBack() throws {
        let work = try Workspace()
        try work.run("set", "app:k8s:cluster", "c1")
        for word in Self.words { try work.run("set", "app:k8s:\(word)", "v-\(word)") }
        try work.run("set", "ns::ctx", "root namespace of context ns")
        try work.run("set", "ns::ns", "x")
        for (context, namespace) in [("app", "k8s"), ("ns", "")] {
            let printed = try work.run("meteor", context, namespace)
            #expect(printed.status == 0)
            let other = work.path("copy-\(context).meteor")
            let parsed = try work.run(
                "parse", "--meteor", "--store", other,
                printed.stdout.trimmingCharacters(in: .newlines))
            #expect(parsed.status == 0, "\(printed.stdout) → \(parsed.stderr)")
            let original = try work.run("list", context, namespace)
            let copy = try work.run("list", context, namespace, "--store", other)
            #expect(copy.stdout == original.stdout)
        }
    }
}
