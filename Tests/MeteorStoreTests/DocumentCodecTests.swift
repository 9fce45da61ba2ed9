import Testing

@testable import MeteorStore

@Suite struct DocumentCodecTests {
    let codec = DocumentCodec()

    private func decode(_ text: String, file: String = "t.meteor") throws -> DocumentContents {
        try codec.decode(Array(text.utf8), file: file)
    }

    @Test func roundTripKeepsValuesAndOrderByteForByte() throws {
        let entries =
            try Fixtures.entries() + [
                try Fixtures.entry("doc:guides.install:sections[10_setup]", "# Setup\n"),
                try Fixtures.entry("app:ui:list[0]", "first"),
                try Fixtures.entry("app::rootkey", "root"),
                try Fixtures.entry("app:ui:user[name]", "ada"),
            ]
        let scratch = [ScratchNote("draft", "half a thought;\n"), ScratchNote("todo.1", "")]
        let bytes = codec.encode(entries: entries, scratch: scratch)
        let back = try codec.decode(bytes, file: "x.meteor")
        #expect(back.entries == entries)
        #expect(back.scratch == scratch)
        #expect(codec.encode(back) == bytes)
    }

    @Test func writesHeaderBracketKeysAndScratchSection() throws {
        let bytes = codec.encode(
            entries: [
                try Fixtures.entry("app:ui:list[0]", "a b"), try Fixtures.entry("app:ui:q", "x;y"),
            ],
            scratch: [ScratchNote("note", "n")])
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "# meteor v1\napp:ui:list[0]=a b\napp:ui:q=\"x;y\"\n# scratch\nnote=n\n")
    }

    @Test func acceptsCRLFBOMCommentsBlankLinesAndNoFinalNewline() throws {
        let text =
            "\u{FEFF}# meteor v1\r\n# a comment\r\n\r\n   \r\napp:ui:a=1\r\n  # indented comment\napp:ui:b=\"two\"\r\n# scratch\r\nslot=s"
        let contents = try decode(text)
        #expect(contents.entries.map(\.value) == ["1", "two"])
        #expect(contents.entries.map(\.key.flat) == ["a", "b"])
        #expect(contents.scratch == [ScratchNote("slot", "s")])
    }

    @Test func emptyFileIsAnEmptyDocument() throws {
        #expect(try decode("") == DocumentContents())
        #expect(try decode("# meteor v1") == DocumentContents())
    }

    @Test func badLineReportsFileLineColumnAndCaret() throws {
        let text = "# meteor v1\napp:ui:a=1\napp:ui:b=\"unclosed\napp:ui:c=3\n"
        let error = try #require(throws: MeteorError.self) {
            try decode(text, file: "notes.meteor")
        }
        #expect(error.kind == .unclosedQuote)
        #expect(error.location?.summary == "notes.meteor:3:10")
        #expect(
            error.diagnostic.rendered()
                == """
                error[unclosedQuote]: \(error.message)
                 --> notes.meteor:3:10
                  |
                3 | app:ui:b="unclosed
                  |          ^
                  = hint: \(error.hint ?? "")
                """)
    }

    @Test(arguments: [
        ("app=1", DiagnosticKind.notFullyQualified, 2, 1),
        ("app:ui:a=1; b=2", .invalidDocument, 2, 11),
        ("app:ui:a=1;", .invalidDocument, 2, 11),
        ("ctl:delete=app:ui:a", .invalidDocument, 2, 1),
        ("app:ui.ctl:a=1", .reservedNamespacePart, 2, 8),
        ("1x:ui:a=1", .invalidContext, 2, 1),
        ("app:ui:k=\"bad \\q\"", .invalidEscape, 2, 15),
    ])
    func rejectsLinesThatAreNotOneEntry(line: String, kind: DiagnosticKind, row: Int, column: Int)
        throws
    {
        let error = try #require(throws: MeteorError.self) {
            try decode("# meteor v1\n\(line)\n", file: "f.meteor")
        }
        #expect(error.kind == kind)
        #expect(error.location?.file == "f.meteor")
        #expect(error.location?.line == row)
        #expect(error.location?.column == column)
    }

    @Test func missingOrUnknownHeaderIsRejected() throws {
        let missing = try #require(throws: MeteorError.self) { try decode("app:ui:a=1\n") }
        #expect(missing.kind == .invalidDocument)
        #expect(missing.location?.line == 1)
        let future = try #require(throws: MeteorError.self) { try decode("# meteor v2\n") }
        #expect(future.hint?.contains("v1") == true)
    }

    @Test func duplicateAddressIsRejected() throws {
        let error = try #require(throws: MeteorError.self) {
            try decode("# meteor v1\napp:ui:a=1\napp:ui:a=2\n")
        }
        #expect(error.kind == .invalidDocument)
        #expect(error.location?.line == 3)
    }

    @Test func invalidUTF8IsLocated() throws {
        var bytes = Array("# meteor v1\napp:ui:a=ok\napp:ui:b=".utf8)
        bytes += [0xFF, 0xFE, 0x0A]
        let error = try #require(throws: MeteorError.self) {
            try codec.decode(bytes, file: "bin.meteor")
        }
        #expect(error.kind == .invalidUTF8)
        #expect(error.location?.summary == "bin.meteor:3:10")
    }

    @Test func profileLimitsAreEnforced() throws {
        let strict = DocumentCodec(limits: Profile.strict.limits)
        let longValue = String(repeating: "v", count: 129)
        let value = try #require(throws: MeteorError.self) {
            try strict.decode(Array("# meteor v1\napp:ui:a=\(longValue)\n".utf8), file: "s")
        }
        #expect(value.kind == .limitExceeded)
        #expect(value.location?.line == 2)
        var contexts = "# meteor v1\n"
        for index in 0..<6 { contexts += "c\(index):ui:a=1\n" }
        let tooMany = try #require(throws: MeteorError.self) {
            try strict.decode(Array(contexts.utf8), file: "s")
        }
        #expect(tooMany.kind == .limitExceeded)
        #expect(tooMany.location?.line == 7)
        let deep = try #require(throws: MeteorError.self) {
            try strict.decode(Array("# meteor v1\napp:a.b.c.d:k=1\n".utf8), file: "s")
        }
        #expect(deep.kind == .namespaceTooDeep)
    }

    @Test func badScratchLineIsLocated() throws {
        let error = try #require(throws: MeteorError.self) {
            try decode("# meteor v1\n# scratch\nnote=\"open\n", file: "s.meteor")
        }
        #expect(error.kind == .unclosedQuote)
        #expect(error.location?.summary == "s.meteor:3:6")
        #expect(error.location?.lineText == "note=\"open")
    }
}

/// The value table of `docs/file-format.md` §4, so the documentation cannot drift.
@Suite struct DocumentedValueFormsTests {
    @Test(arguments: [
        ("click", "click"), ("", ""), ("a;b", "\"a;b\""), ("  padded  ", "\"  padded  \""),
        ("line one\nline two\n", "\"line one\\nline two\\n\""), ("say \"hi\"", "say \"hi\""),
        ("\"quoted\"", "\"\\\"quoted\\\"\""), ("C:\\dir", "C:\\dir"), ("\u{1}x", "\"\\u0001x\""),
        ("url=http://x:80/a=b", "url=http://x:80/a=b"), ("#1", "#1"),
    ])
    func serializedForm(value: String, written: String) throws {
        let entry = try Fixtures.entry("app:ui:k", value)
        let bytes = DocumentCodec().encode(entries: [entry])
        #expect(String(decoding: bytes, as: UTF8.self) == "# meteor v1\napp:ui:k=\(written)\n")
        #expect(try DocumentCodec().decode(bytes, file: "f").entries == [entry])
    }
}
