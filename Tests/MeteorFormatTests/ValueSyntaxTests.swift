import MeteorFormat
import Testing

@Suite struct ValueSyntaxTests {
    // SPEC §4 table: token → stored value. Quotes are syntax; the stored value is unquoted and
    // unescaped.
    @Test(arguments: [
        (#"msg="Hello; World""#, "msg", "Hello; World"),
        (#"path="C:\\Program Files""#, "path", #"C:\Program Files"#),
        (#"json='{"a":1}'"#, "json", #"{"a":1}"#),
        ("url=http://x:80/a=b", "url", "http://x:80/a=b"),
        ("k=  v  ", "k", "v"),
        ("k=", "k", ""),
        (#"k="a\nb""#, "k", "a\nb"),
    ])
    func storesUnquotedValue(_ token: String, key: String, value: String) throws {
        for parsed in [
            try TokenStreamParser().parse(token), try MeteorStreamParser().parse("app:ui:\(token)"),
        ] {
            let stored = try #require(onlyToken(parsed))
            #expect(stored.key.flat == key)
            #expect(stored.value == value)
        }
    }

    // SPEC §4 table, error rows, with the column of the offending text.
    @Test(arguments: [
        (#"k="unclosed"#, DiagnosticKind.unclosedQuote, 3),
        (#"k="bad \q""#, .invalidEscape, 8),
        (#"k="x" y"#, .textAfterQuote, 7),
    ])
    func rejectsMalformedValue(_ token: String, kind: DiagnosticKind, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try TokenStreamParser().parse(token) }
        #expect(error.kind == kind)
        #expect(error.location?.segment == 1)
        #expect(error.location?.column == column)
        let inMeteor = try #require(throws: MeteorError.self) {
            try MeteorStreamParser().parse("app:ui:\(token)")
        }
        #expect(inMeteor.kind == kind)
        #expect(inMeteor.location?.meteor == 1)
        #expect(inMeteor.location?.column == column + 7)
    }

    // SPEC §4: every JSON escape, with surrogate pairs combined.
    @Test(arguments: [
        (#"\""#, "\""), (#"\\"#, "\\"), (#"\/"#, "/"), (#"\n"#, "\n"), (#"\r"#, "\r"),
        (#"\t"#, "\t"), (#"\b"#, "\u{8}"), (#"\f"#, "\u{C}"), (#"\u0041"#, "A"),
        (#"\u00e9"#, "é"), (#"\u00E9"#, "é"), (#"\u65e5"#, "日"), (#"\ud83d\ude00"#, "😀"),
        (#"\uD83D\uDE00"#, "😀"), (#"\u0000"#, "\u{0}"), (#"a\"b\"c"#, #"a"b"c"#),
        (#"\\n"#, #"\n"#), (#"x\u0020y"#, "x y"),
    ])
    func decodesEscape(_ escaped: String, value: String) throws {
        let stored = try #require(onlyToken(try TokenStreamParser().parse("k=\"\(escaped)\"")))
        #expect(stored.value == value)
    }

    @Test(arguments: [
        (#"k="\q""#, 4, "invalid escape in a double-quoted value: `\\q` is not a valid escape"),
        (#"k="\x41""#, 4, "invalid escape in a double-quoted value: `\\x` is not a valid escape"),
        (#"k="\u12""#, 4, "invalid escape in a double-quoted value: `\\u` needs four hex digits"),
        (#"k="\u12G4""#, 4, "invalid escape in a double-quoted value: `\\u` needs four hex digits"),
        (
            #"k="\ud83d""#, 4,
            "invalid escape in a double-quoted value: a high surrogate must be followed by a low surrogate `\\uDC00`–`\\uDFFF`"
        ),
        (
            #"k="\ud83dx""#, 4,
            "invalid escape in a double-quoted value: a high surrogate must be followed by a low surrogate `\\uDC00`–`\\uDFFF`"
        ),
        (
            #"k="\ud83d\u0041""#, 10,
            "invalid escape in a double-quoted value: `\\u0041` is not a low surrogate"
        ),
        (
            #"k="\ude00""#, 4,
            "invalid escape in a double-quoted value: a low surrogate cannot stand alone"
        ),
        (#"k="\'""#, 4, "invalid escape in a double-quoted value: `\\'` is not a valid escape"),
        (#"k="\U0041""#, 4, "invalid escape in a double-quoted value: `\\U` is not a valid escape"),
    ])
    func rejectsInvalidEscape(_ token: String, column: Int, message: String) throws {
        let error = try #require(throws: MeteorError.self) { try TokenStreamParser().parse(token) }
        #expect(error.kind == .invalidEscape)
        #expect(error.message == message)
        #expect(error.location?.column == column)
    }

    @Test(arguments: [
        (#"k='a\nb'"#, #"a\nb"#), (#"k='say "hi"'"#, #"say "hi""#), ("k='a;b:;:c'", "a;b:;:c"),
        ("k=''", ""), (#"k='\'"#, "\\"), ("k=' padded '", " padded "),
    ])
    func singleQuotedValueIsRaw(_ token: String, value: String) throws {
        #expect(try onlyToken(TokenStreamParser().parse(token))?.value == value)
    }

    @Test func singleQuotedValueCannotContainASingleQuote() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser().parse("k='it's'")
        }
        #expect(error.kind == .textAfterQuote)
        #expect(error.location?.column == 7)
    }

    @Test(arguments: [
        (#"k="x"   "#, "x"), (#"k=  "x""#, "x"), ("k=\t'x'\t", "x"), (#"k=" x ""#, " x "),
        (#"k="""#, ""), (#"k="a=b""#, "a=b"), (#"k="a\"b""#, #"a"b"#),
        ("k=\"line\nbreak\"", "line\nbreak"),
    ])
    func quotedValueKeepsItsInsideAndAllowsTrailingWhitespace(_ token: String, value: String) throws
    {
        #expect(try onlyToken(TokenStreamParser().parse(token))?.value == value)
    }

    // SPEC §4: a bare value may contain `=` and `:`; quotes only open where the value starts.
    @Test(arguments: [
        ("k=a=b=c", "a=b=c"), ("k=::", "::"), ("k=it's", "it's"), (#"k=say "hi""#, #"say "hi""#),
        (#"k=C:\path"#, #"C:\path"#), ("k=日本 語", "日本 語"), ("k=\u{A0}x\u{A0}", "\u{A0}x\u{A0}"),
        ("k=a\u{1}b", "a\u{1}b"), ("k==", "="), ("k=x:", "x:"),
    ])
    func bareValueIsTakenVerbatimAfterTrimming(_ token: String, value: String) throws {
        #expect(try onlyToken(TokenStreamParser().parse(token))?.value == value)
    }

    @Test(arguments: [("k=a\nb", 4), ("k=a\rb", 4), ("k=a b\r\nc", 6)])
    func bareValueCannotContainALineBreak(_ token: String, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try TokenStreamParser().parse(token) }
        #expect(error.kind == .lineBreakInValue)
        #expect(error.location?.column == column)
        #expect(error.location?.line == 1)
    }

    // SPEC §4–5: whitespace around the value, line breaks included, is not part of it.
    @Test(arguments: [
        ("k=\n", ""), ("k=\r\n", ""), ("k=\n  v", "v"), ("k=\r\n\"x\"", "x"),
        ("k=\n'a;b'\n", "a;b"),
        ("k=v\n", "v"), ("k=\t\n v \n", "v"),
    ])
    func lineBreaksAroundTheValueAreWhitespace(_ token: String, value: String) throws {
        #expect(try onlyToken(TokenStreamParser().parse(token))?.value == value)
        #expect(try onlyToken(MeteorStreamParser().parse("a:b:\(token)"))?.value == value)
    }

    @Test func lineBreakInsideAValueAfterLeadingWhitespaceIsAnError() throws {
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser().parse("k=\na\nb")
        }
        #expect(error.kind == .lineBreakInValue)
        #expect(error.location?.line == 2)
        #expect(error.location?.column == 2)
    }

    @Test func bareValueEndsAtSemicolon() throws {
        let parsed = try TokenStreamParser().parse("a=x; y=z")
        #expect(storedLines(parsed) == ["app:main:a=x", "app:main:y=z"])
    }

    // SPEC §4 serialization: bare when the bare form reads back identically, otherwise
    // double-quoted with the minimum escapes.
    @Test(arguments: [
        ("plain", "plain"), ("", ""), ("a=b", "a=b"), ("http://x:80/a", "http://x:80/a"),
        ("it's", "it's"), ("ü日本", "ü日本"), (#"C:\dir"#, #"C:\dir"#), ("a b", "a b"),
        ("x:", "x:"), ("a/b", "a/b"), ("😀", "😀"), (#"say "hi""#, #"say "hi""#),
        ("a; b", #""a; b""#), (" x", #"" x""#), ("x ", #""x ""#), ("\"q", #""\"q""#),
        ("'q", #""'q""#), ("a:;:b", #""a:;:b""#), ("line\nbreak", #""line\nbreak""#),
        ("cr\rx", #""cr\rx""#), ("tab\there", #""tab\there""#), ("\u{1}", #""\u0001""#),
        ("\u{7F}", #""\u007F""#), ("\u{8}\u{C}", #""\b\f""#), (#"a;\"#, #""a;\\""#),
        ("'", #""'""#), ("\t", #""\t""#), (#"";"#, #""\";""#),
    ])
    func serializesWithMinimumQuoting(_ value: String, text: String) throws {
        #expect(ValueSyntax.serialize(value) == text)
        #expect(ValueSyntax.canWriteBare(value) == (value == text))
        #expect(try onlyToken(TokenStreamParser().parse("k=\(text)"))?.value == value)
    }

    @Test func quoteEscapesOnlyWhatItMust() {
        #expect(ValueSyntax.quote("a/b é \u{1F600}") == "\"a/b é \u{1F600}\"")
        #expect(ValueSyntax.quote("\u{1F}\u{0}") == #""\u001F\u0000""#)
        #expect(ValueSyntax.quote(#"\""#) == #""\\\"""#)
    }

    @Test(arguments: Profile.allCases)
    func valueLengthIsLimitedInBytes(_ profile: Profile) throws {
        let limits = profile.limits
        let parser = TokenStreamParser(limits: limits)
        let longest = String(repeating: "v", count: limits.valueLength)
        #expect(try onlyToken(parser.parse("k=\(longest)"))?.value.utf8.count == limits.valueLength)
        if let error = thrownError({ try parser.parse("k=\(longest)v") }) {
            expectLimit(error, .valueLength, of: limits)
            #expect(error.location?.column == 3)
        }
        // Quoted values are measured unescaped: `\n` is one byte, `é` two.
        let escaped = String(repeating: #"\n"#, count: limits.valueLength)
        let quoted = try onlyToken(parser.parse("k=\"\(escaped)\""))
        #expect(quoted?.value.utf8.count == limits.valueLength)
        if let error = thrownError({ try parser.parse("k=\"\(escaped)é\"") }) {
            expectLimit(error, .valueLength, of: limits)
        }
        let meteors = MeteorStreamParser(limits: limits)
        if let error = thrownError({ try meteors.parse("a:b:k='\(longest)v'") }) {
            expectLimit(error, .valueLength, of: limits)
            #expect(error.location?.meteor == 1)
        }
    }
}
