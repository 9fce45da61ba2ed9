import Foundation
import Testing

/// `meteor import --from json|nested-json|env FILE` (golden transcript of the binary).
@Suite struct ForeignImportTests {
    @Test func importsEachForeignFormat() throws {
        let work = try Workspace()
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: work.directory.appendingPathComponent(name))
        }
        try write(
            "flat.json", #"{"app:ui:theme":"dark","app:ui:size":"large","user:prefs:lang":"en"}"#)
        try write("nested.json", #"{"app":{"db":{"host":"localhost","port":"5432"}}}"#)
        try write("server.env", "HOST=0.0.0.0\nPORT=8080 # comment\n")
        try work.run("set", "app:ui:theme", "light")
        try work.run("import", "--from", "json", "flat.json", "--dry-run")
        try work.run("import", "--from", "json", "flat.json")
        try work.run("import", "--from", "nested-json", "nested.json", "--format", "json")
        try work.run("cursor", "app:server")
        try work.run("import", "--from", "env", "server.env")
        try work.run(
            "import", "--from", "env", "-", "app:server", "--replace", stdin: "PORT=9090\n")
        try work.run("dump")
        try work.run("undo")
        try work.run("get", "app:server:")
        try work.run("import", "--from", "json", "nested.json")
        try work.run("import", "--from", "json", "flat.json", "app:x")
        try work.run("import", "--from", "yaml", "flat.json")
        assertSnapshot(work.transcript, named: "import-foreign")
    }
}
