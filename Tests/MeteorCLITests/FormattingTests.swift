import MeteorCLI
import Testing

@Suite struct FormattingTests {
    private func sample() throws -> Entry {
        Entry(try Address(parsing: "app:ui:list[0]"), "line 1\nline \"2\"")
    }

    @Test func entryTextIsADocumentLine() throws {
        #expect(TextRendering.entry(try sample()) == #"app:ui:list[0]="line 1\nline \"2\"""#)
    }

    @Test func entryJSONHasBothKeySpellings() throws {
        #expect(
            JSONRendering.entry(try sample()).serialized()
                == #"{"address":"app:ui:list[0]","context":"app","namespace":"ui","key":"list[0]","flatKey":"list__i_0","value":"line 1\nline \"2\""}"#
        )
    }

    @Test func entryDebugShowsBytes() throws {
        #expect(
            DebugRendering.entry(try sample())
                == #"Entry(app:ui:list[0] flat=app:ui:list__i_0 value="line 1\nline \"2\"" bytes=15)"#
        )
    }

    @Test func jsonEscapesControlCharacters() {
        let value = JSONValue.string("a\u{1}\t\u{7F}\u{2028}é")
        #expect(value.serialized() == #""a\u0001\t\u007F\u2028é""#)
    }

    @Test func prettyJSONIndents() {
        let value: JSONValue = .object(["a": .array([.int(1)]), "b": .object([])])
        #expect(value.prettyPrinted() == "{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}")
    }

    @Test func failureJSONHasTheDocumentedShape() {
        let error = MeteorError(
            .unclosedQuote, "the quoted value never closes",
            at: SourceLocation(segment: 2, column: 8, lineText: #"a=1; k="unclosed"#),
            hint: "end the value with a matching \"")
        #expect(
            JSONRendering.failure(CommandFailure(error)).serialized()
                == #"{"kind":"unclosedQuote","message":"the quoted value never closes","location":{"line":1,"column":8,"length":1,"segment":2,"meteor":null,"file":null,"summary":"segment 2, column 8"},"hint":"end the value with a matching \""}"#
        )
    }

    @Test func failureTextIsTheCaretRendering() {
        let error = MeteorError(
            .invalidKey, "bad key", at: SourceLocation(column: 3, lineText: "a b"), hint: "fix it")
        let failure = CommandFailure(error)
        #expect(TextRendering.failure(failure) == error.diagnostic.rendered())
        var brief = failure
        brief.brief = true
        #expect(TextRendering.failure(brief) == "error[invalidKey]: bad key (column 3)")
    }

    @Test func usageFailureText() {
        let failure = CommandFailure.usage("Missing expected argument '<path>'", hint: "see help")
        #expect(
            TextRendering.failure(failure)
                == "error[usage]: Missing expected argument '<path>'\n  = hint: see help")
        #expect(failure.status == .usage)
    }

    @Test(arguments: [
        (false, [String: String](), true, true),
        (true, [:], true, false),
        (false, ["NO_COLOR": "1"], true, false),
        (false, ["NO_COLOR": ""], true, true),
        (false, [:], false, false),
    ])
    func colourRules(flag: Bool, environment: [String: String], tty: Bool, expected: Bool) {
        let style = TerminalStyle.resolve(
            noColorFlag: flag, environment: environment, isTerminal: tty)
        #expect(style.enabled == expected)
    }

    @Test func colouredDiagnosticPaintsOnlyTheHeader() {
        let diagnostic = Diagnostic(kind: .notFound, message: "gone", hint: "look")
        let text = TextRendering.diagnostic(diagnostic, style: TerminalStyle(enabled: true))
        #expect(text == "\u{1B}[1;31merror[notFound]: gone\u{1B}[0m\n  = hint: look")
    }

    @Test func tableAlignsByDisplayWidth() {
        #expect(TextRendering.table([["a", "1"], ["日本", "2"]]) == "a     1\n日本  2")
    }

    @Test func namespacesShowTheRoot() {
        #expect(TextRendering.namespace(.root) == "(root)")
        #expect(
            CommandOutput.namespaces(.app, [.root, .main]).json.serialized()
                == #"{"context":"app","namespaces":["","main"]}"#)
    }

    @Test(arguments: DiagnosticKind.allCases)
    func everyKindHasAnExitStatus(_ kind: DiagnosticKind) {
        let status = ExitStatus.of(kind)
        #expect([.notFound, .invalidInput, .storeError].contains(status))
    }
}
