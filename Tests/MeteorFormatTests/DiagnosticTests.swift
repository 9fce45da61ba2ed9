import MeteorFormat
import Testing

@Suite struct DiagnosticTests {
    private func tokenError(_ stream: String) -> MeteorError? {
        thrownError { try TokenStreamParser().parse(stream) }
    }

    @Test func rendersHeaderLocationSourceCaretAndHint() throws {
        let error = try #require(tokenError(#"a=1; k="unclosed"#))
        #expect(
            error.diagnostic.rendered() == #"""
                error[unclosedQuote]: the value opened with " never closes
                 --> segment 2, column 8
                  |
                1 | a=1; k="unclosed
                  |        ^
                  = hint: end the value with a matching "; write \" for a quote inside it
                """#)
        #expect(error.description == error.diagnostic.rendered())
    }

    @Test func caretUnderlinesTheWholeSpan() throws {
        let error = try #require(
            thrownError {
                try TokenStreamParser(limits: Profile.default.limits).parse("ns=a.b.c.d.e.f; k=v")
            })
        #expect(
            error.description == """
                error[namespaceTooDeep]: namespace `a.b.c.d.e.f` has 6 levels; the default profile allows at most 5
                 --> segment 1, column 4
                  |
                1 | ns=a.b.c.d.e.f; k=v
                  |    ^^^^^^^^^^^
                  = hint: flatten the namespace, or move detail into the key (`a.b:c.d`)
                """)
    }

    @Test func caretAlignsAfterWideCJKCharacters() throws {
        let error = try #require(tokenError(#"名前="x" y"#))
        #expect(
            error.description == #"""
                error[textAfterQuote]: only whitespace may follow the closing quote
                 --> segment 1, column 8
                  |
                1 | 名前="x" y
                  |          ^
                  = hint: put the whole value inside the quotes, or end the token with `;`
                """#)
    }

    @Test func caretAlignsAfterEmojiAndCombiningMarks() throws {
        let error = try #require(tokenError("😀👍=1; e\u{301}=2; a b=3"))
        #expect(error.location?.column == 13)
        #expect(
            error.description == """
                error[invalidKey]: keys cannot contain whitespace (U+0020)
                 --> segment 3, column 13
                  |
                1 | 😀👍=1; e\u{301}=2; a b=3
                  |               ^
                  = hint: keys may not contain whitespace, control characters or any of : ; = " ' \\; quote the value, not the key
                """)
    }

    @Test func wideMarkedTextGetsTwoCaretsPerCharacter() throws {
        let error = try #require(tokenError("ctx=日本"))
        #expect(
            error.description == """
                error[invalidContext]: context `日本` must start with an ASCII letter or `_`; found `日`
                 --> segment 1, column 5
                  |
                1 | ctx=日本
                  |     ^^
                  = hint: names look like `app`, `ui`, `file_1` or `guides-v2`
                """)
    }

    @Test func controlCharactersAreMadeVisible() throws {
        let error = try #require(tokenError("a\u{1}b=1;\tc=\"x\"z"))
        #expect(
            error.description == """
                error[invalidKey]: keys cannot contain `␁`
                 --> segment 1, column 2
                  |
                1 | a␁b=1;␉c="x"z
                  |  ^
                  = hint: keys may not contain whitespace, control characters or any of : ; = " ' \\; quote the value, not the key
                """)
        let escape = try #require(tokenError("k=\"a\tb\\q\""))
        #expect(
            escape.description == #"""
                error[invalidEscape]: invalid escape in a double-quoted value: `\q` is not a valid escape
                 --> segment 1, column 7
                  |
                1 | k="a␉b\q"
                  |       ^^
                  = hint: valid escapes are \" \\ \/ \n \r \t \b \f \uXXXX; use single quotes for raw text
                """#)
    }

    @Test func laterLinesShowTheirNumberInTheGutter() throws {
        let error = try #require(tokenError("a=1;\nb=2;\n  c d=3"))
        #expect(
            error.description == """
                error[invalidKey]: keys cannot contain whitespace (U+0020)
                 --> segment 3, line 3, column 4
                  |
                3 |   c d=3
                  |    ^
                  = hint: keys may not contain whitespace, control characters or any of : ; = " ' \\; quote the value, not the key
                """)
    }

    @Test func meteorStreamErrorsNameTheMeteor() throws {
        let error = try #require(
            thrownError {
                try MeteorStreamParser().parse("app:ui:a=1 :;: user:main:b")
            })
        #expect(
            error.description == """
                error[missingEquals]: `user:main:b` is not `key=value`: it has no `=`
                 --> meteor 2, segment 1, column 16
                  |
                1 | app:ui:a=1 :;: user:main:b
                  |                ^^^^^^^^^^^
                  = hint: write `key=value`; separate tokens with `;`
                """)
    }

    @Test func pathErrorsHaveAColumnOnly() throws {
        let error = try #require(
            thrownError { try MeteorPath.parse("a:b:c:d") })
        #expect(
            error.description == """
                error[tooManyParts]: a path has at most three parts, `ctx:ns:key`
                 --> column 6
                  |
                1 | a:b:c:d
                  |      ^^
                  = hint: keys cannot contain `:`; use `.` inside keys (`database.host`)
                """)
    }

    @Test func limitErrorsNameLimitValueAndProfile() throws {
        let error = try #require(
            thrownError {
                try TokenStreamParser(limits: Profile.strict.limits).parse(
                    "k=1; ab[0]=1; abcdefghijkl[0]=2")
            })
        #expect(
            error.description == """
                error[limitExceeded]: the length of key `abcdefghijkl[0]` is 17, over the strict profile's key length limit of 16 (keyLength)
                 --> segment 3, column 15
                  |
                1 | k=1; ab[0]=1; abcdefghijkl[0]=2
                  |               ^^^^^^^^^^^^^^^
                  = hint: shorten the input, or build with a profile that allows more (see `meteor config`)
                """)
    }

    @Test func warningsRenderWithTheirSeverity() throws {
        let parsed = try TokenStreamParser(limits: Profile.default.limits).parse(
            "ns=a.b.c.d.e; k=v")
        let warning = try #require(parsed.warnings.first)
        #expect(
            warning.rendered() == """
                warning[namespaceDepthWarning]: namespace `a.b.c.d.e` is 5 levels deep; the default profile warns from 5
                 --> segment 1, column 1
                  |
                1 | ns=a.b.c.d.e; k=v
                  | ^^^^^^^^^^^^
                  = hint: deep namespaces are hard to browse; consider flattening
                """)
    }

    @Test func rendersWithoutLocationOrHint() {
        #expect(
            Diagnostic(kind: .notFound, message: "no key `x`", hint: "list keys with `meteor list`")
                .rendered()
                == "error[notFound]: no key `x`\n  = hint: list keys with `meteor list`")
        #expect(
            Diagnostic(kind: .notFound, message: "no key `x`").rendered()
                == "error[notFound]: no key `x`")
        let located = Diagnostic(
            kind: .invalidDocument, message: "bad line",
            location: SourceLocation(file: "doc.meteor", line: 12, column: 3, length: 2))
        #expect(located.rendered() == "error[invalidDocument]: bad line\n  --> doc.meteor:12:3")
    }

    @Test func gutterWidensForLongLineNumbers() {
        let diagnostic = Diagnostic(
            .warning, kind: .invalidDocument, message: "odd line",
            location: SourceLocation(line: 120, column: 2, length: 3, lineText: "abcdef"),
            hint: "check it")
        #expect(
            diagnostic.rendered() == """
                warning[invalidDocument]: odd line
                   --> line 120, column 2
                    |
                120 | abcdef
                    |  ^^^
                    = hint: check it
                """)
    }

    @Test func errorsAreAlwaysErrorSeverity() {
        let error = MeteorError(Diagnostic(.warning, kind: .emptyKey, message: "m"))
        #expect(error.diagnostic.severity == .error)
        #expect(error.kind == .emptyKey)
        #expect(error.message == "m")
        #expect(error.location == nil)
        #expect(error.hint == nil)
    }

    @Test func relocatingReplacesTheLocation() {
        let error = MeteorError(.emptyPath, "the path is empty", at: SourceLocation(column: 1))
        let moved = error.relocated(to: SourceLocation(segment: 4, column: 9, lineText: "x"))
        #expect(moved.location?.segment == 4)
        #expect(moved.location?.column == 9)
        #expect(moved.kind == .emptyPath)
        let diagnostic = error.diagnostic.relocated(to: SourceLocation(column: 3))
        #expect(diagnostic.location?.column == 3)
    }
}
