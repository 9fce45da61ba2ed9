import Foundation
import Testing

/// `export` and `import` stay inside the folder they are given: planted manifests and
/// symbolic links never make them delete, write or read a file outside it (issue 11,
/// items 9, 10 and 11).
@Suite struct ExportFolderSafetyTests {
    /// A store holding `doc:g` with two sections, and a `victim` folder beside the export.
    private func workspace() throws -> Workspace {
        let work = try Workspace()
        try work.run("set", "doc:g:sections[a]", "hello")
        try work.run("set", "doc:g:sections[b]", "world")
        try work.write("keep\n", to: "victim/keep.txt")
        try work.write("secret\n", to: "victim/secret.txt")
        return work
    }

    // MARK: - Item 9: export removes only its own files

    @Test func aPlantedManifestCannotMakeExportDeleteOutsideTheFolder() throws {
        let work = try workspace()
        let sha = "0000000000000000000000000000000000000000000000000000000000000000"
        try work.write(
            "# meteor export v1\ncontext doc\nnamespace g\nfile \(sha) ../victim/keep.txt\n"
                + "file \(sha) /\(work.path("victim/secret.txt"))\nnamespace-sha256 \(sha)\n",
            to: "out/MANIFEST")
        let run = try work.run("export", "doc:g", "out")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(work.read("victim/keep.txt") == "keep\n")
        #expect(work.read("victim/secret.txt") == "secret\n")
        #expect(try work.run("import", "out", "doc:copy", "--verify").status == 0)
    }

    @Test func staleFilesGoOnlyWhenTheyAreStillWhatTheLastExportWrote() throws {
        let work = try workspace()
        try work.run("set", "doc:g:sections[c]", "third")
        try work.run("export", "doc:g", "out")
        try work.write("edited by hand\n", to: "out/g/sections/20-b.md")
        try work.run("delete", "doc:g:sections[b]")
        try work.run("delete", "doc:g:sections[c]")
        let run = try work.run("export", "doc:g", "out")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(work.read("out/g/sections/30-c.md") == nil, "unchanged stale file removed")
        #expect(work.read("out/g/sections/20-b.md") == "edited by hand\n", "edit kept")
        #expect(run.stdout.contains("kept g/sections/20-b.md"), "stdout: \(run.stdout)")
    }

    // MARK: - Item 10: import reads only files inside the folder

    @Test(arguments: ["../victim/secret.txt", "/etc/hostname", "g/../../victim/secret.txt"])
    func aManifestPathOutsideTheFolderIsRefusedAtItsLine(_ path: String) throws {
        let work = try workspace()
        try work.run("export", "doc:g", "out")
        let manifest = try #require(work.read("out/MANIFEST"))
        try work.write(
            manifest.replacingOccurrences(
                of: "entry sections[b] g/sections/20-b.md", with: "entry sections[b] \(path)"),
            to: "out/MANIFEST")
        let run = try work.run("import", "out", "doc:loot")
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("error[pathOutsideFolder]"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("out/MANIFEST:5:"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("hint:"), "stderr: \(run.stderr)")
        #expect(try work.run("get", "doc:loot:").status == 1, "nothing imported")
    }

    @Test func aSymlinkInsideTheFolderThatLeavesItIsRefused() throws {
        let work = try workspace()
        try work.run("export", "doc:g", "out")
        let planted = work.path("out/g/sections/20-b.md")
        try FileManager.default.removeItem(atPath: planted)
        try FileManager.default.createSymbolicLink(
            atPath: planted, withDestinationPath: "../../../victim/secret.txt")
        let run = try work.run("import", "out", "doc:loot")
        #expect(run.status == 3, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("error[pathOutsideFolder]"), "stderr: \(run.stderr)")
        #expect(run.stderr.contains("out/MANIFEST:5:"), "stderr: \(run.stderr)")
        try FileManager.default.removeItem(atPath: work.path("out/MANIFEST"))
        let conventional = try work.run("import", "out", "doc:g")
        #expect(conventional.status == 3, "stderr: \(conventional.stderr)")
        #expect(conventional.stderr.contains("error[pathOutsideFolder]"))
        #expect(try work.run("get", "doc:loot:").status == 1, "nothing imported")
        #expect(try work.run("get", "doc:g:sections[b]").stdout == "world\n")
    }

    @Test func aSymlinkThatStaysInsideTheFolderIsRead() throws {
        let work = try workspace()
        try work.run("export", "doc:g", "out")
        let planted = work.path("out/g/sections/20-b.md")
        try FileManager.default.moveItem(atPath: planted, toPath: work.path("out/b.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: planted, withDestinationPath: "../../b.txt")
        let run = try work.run("import", "out", "doc:copy")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(try work.run("get", "doc:copy:sections[b]").stdout == "world\n")
    }

    // MARK: - Item 11: export never writes through a link

    @Test(arguments: ["g/sections/10-a.md", "MANIFEST"])
    func aPlantedFileLinkIsReplacedNotFollowed(_ relative: String) throws {
        let work = try workspace()
        try work.run("export", "doc:g", "out")
        try work.write("original\n", to: "victim/f")
        let planted = work.path("out/\(relative)")
        try FileManager.default.removeItem(atPath: planted)
        let depth = relative.split(separator: "/").count
        try FileManager.default.createSymbolicLink(
            atPath: planted,
            withDestinationPath: String(repeating: "../", count: depth) + "victim/f")
        let run = try work.run("export", "doc:g", "out")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(work.read("victim/f") == "original\n")
        let kind =
            try FileManager.default.attributesOfItem(atPath: planted)[.type] as? FileAttributeType
        #expect(kind == .typeRegular)
        #expect(try work.run("import", "out", "doc:copy", "--verify").status == 0)
    }

    @Test func aPlantedFolderLinkIsRefused() throws {
        let work = try workspace()
        try FileManager.default.createDirectory(
            atPath: work.path("out"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: work.path("out/g"), withDestinationPath: "../victim")
        let run = try work.run("export", "doc:g", "out")
        #expect(run.status == 4, "stderr: \(run.stderr)")
        #expect(run.stderr.contains("symbolic link"), "stderr: \(run.stderr)")
        let victim = try FileManager.default.contentsOfDirectory(atPath: work.path("victim"))
        #expect(victim.sorted() == ["keep.txt", "secret.txt"])
    }

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"),
            "strace is not installed"))
    func aFullDiskLeavesEveryExportedFileWhole() throws {
        let work = try workspace()
        try work.run("export", "doc:g", "out")
        try work.run("set", "doc:g:sections[a]", "changed")
        let run = try work.shell(
            "strace -f -o /dev/null -e trace=write -e inject=write:error=ENOSPC "
                + #""$METEOR" export doc:g out"#)
        #expect(run.status == 4)
        #expect(work.read("out/g/sections/10-a.md") == "hello", "old or new, never partial")
        #expect(work.read("out/g/sections/20-b.md") == "world")
        #expect(try work.shell("find out -name '.*'").stdout.isEmpty, "no temporary file left")
        #expect(try work.run("export", "doc:g", "out").status == 0)
        #expect(try work.run("import", "out", "doc:copy", "--verify").status == 0)
    }

    @Test func exportLeavesNoLockFilesBehind() throws {
        let work = try workspace()
        try work.run("export", "doc:g", "out")
        let run = try work.shell("find out -name '.*'")
        #expect(run.stdout.isEmpty, "hidden files: \(run.stdout)")
    }
}
