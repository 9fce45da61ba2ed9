import MeteorExternalEditor
import Testing

@Suite struct EditorCommandTests {
    @Test func visualComesBeforeEditorAndBlankValuesAreSkipped() {
        #expect(
            EditorCommand(environment: ["VISUAL": "code --wait", "EDITOR": "vi"]).text
                == "code --wait")
        #expect(EditorCommand(environment: ["VISUAL": "  ", "EDITOR": "nano"]).text == "nano")
        let fallback = EditorCommand(environment: [:])
        #expect(fallback.text == "vi")
        #expect(fallback.name == "`vi`")
        #expect(
            EditorCommand(environment: ["EDITOR": "vim -u NONE"]).name
                == "`$EDITOR` (`vim -u NONE`)")
    }

    @Test func thePathIsOneQuotedWord() {
        let command = EditorCommand(environment: ["EDITOR": "vim -u NONE -N"])
        #expect(
            command.shellLine(editing: "/tmp/a b/it's $HOME.txt")
                == "vim -u NONE -N '/tmp/a b/it'\\''s $HOME.txt'")
    }
}
