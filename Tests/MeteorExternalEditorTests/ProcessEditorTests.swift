import Foundation
import Glibc
import MeteorExternalEditor
import MeteorTUI
import Testing

/// The real runner with real processes: `/bin/sh`, and small shell "editors" that change the
/// file, fail, or are killed.
@Suite struct ProcessEditorTests {
    /// A private temporary directory, so leftover `meteor-edit-*` folders can be counted.
    final class Scratch {
        let path: String

        init(name: String = "meteor editor tests") throws {
            path =
                FileManager.default.temporaryDirectory
                .appendingPathComponent("\(name) \(UUID().uuidString)").path
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: path) }

        var leftovers: [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        }

        func editor(_ command: String) -> ProcessEditor {
            ProcessEditor(environment: ["EDITOR": command], temporaryDirectory: path)
        }
    }

    /// A shell "editor" that runs `script` with the file as `$1`.
    static func script(_ script: String) -> String {
        "sh -c \(EditorCommand.quoted(script)) editor"
    }

    @Test func theEditedFileComesBackAndTheFolderGoes() throws {
        let scratch = try Scratch()
        let editor = scratch.editor(Self.script(#"sed -i 's/dark/light/' "$1""#))
        #expect(try editor.edit("dark\n", name: "theme.txt") == "light\n")
        #expect(scratch.leftovers.isEmpty)
    }

    @Test func theEditorRunsInOurProcessGroupTheTerminalsForegroundGroup() throws {
        // Foundation's Process put the editor in a new process group: a terminal editor was
        // stopped by SIGTTOU at its first write to the terminal.
        let scratch = try Scratch()
        let editor = scratch.editor(Self.script(#"cut -d' ' -f5 /proc/$$/stat > "$1""#))
        let group = try editor.edit("", name: "group.txt")
        #expect(Int32(group.trimmingCharacters(in: .whitespacesAndNewlines)) == getpgrp())
    }

    @Test func argumentsInTheVariableAndOddPathsWork() throws {
        let scratch = try Scratch(name: "it's a $dir")
        let editor = scratch.editor(#"sed -i -e s/a/b/ -e s/c/d/"#)
        #expect(try editor.edit("ac", name: "odd name's.txt") == "bd")
        #expect(scratch.leftovers.isEmpty)
    }

    @Test func aFailingEditorIsAnErrorAndTheFolderGoes() throws {
        let scratch = try Scratch()
        #expect(throws: ExternalEditorError("`$EDITOR` (`false`) exited with status 1")) {
            try scratch.editor("false").edit("x", name: "x.txt")
        }
        #expect(throws: ExternalEditorError("`$EDITOR` (`no-such-editor-3141`) was not found")) {
            try scratch.editor("no-such-editor-3141").edit("x", name: "x.txt")
        }
        #expect(scratch.leftovers.isEmpty)
    }

    @Test func anEditorEndedByASignalIsAnErrorAndTheFolderGoes() throws {
        let scratch = try Scratch()
        let killed = Self.script(#"echo partial > "$1"; kill -9 $$"#)
        #expect(throws: ExternalEditorError("`$EDITOR` (`\(killed)`) was ended by signal 9")) {
            try scratch.editor(killed).edit("x", name: "x.txt")
        }
        #expect(scratch.leftovers.isEmpty)
    }

    @Test func aFileThatIsNotUTF8IsRefused() throws {
        let scratch = try Scratch()
        let editor = scratch.editor(Self.script(#"printf '\377\376' > "$1""#))
        #expect(throws: ExternalEditorError("the edited file is not UTF-8 text")) {
            try editor.edit("x", name: "x.txt")
        }
        #expect(scratch.leftovers.isEmpty)
    }
}
