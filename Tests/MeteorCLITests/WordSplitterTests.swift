import MeteorCLI
import Testing

@Suite struct WordSplitterTests {
    @Test(arguments: [
        ("get app:ui:k", ["get", "app:ui:k"]),
        ("  set   a   b  ", ["set", "a", "b"]),
        (#"set app:ui:k "v w""#, ["set", "app:ui:k", "v w"]),
        ("set k 'a \"b\" c'", ["set", "k", "a \"b\" c"]),
        (#"set k "say \"hi\"""#, ["set", "k", "say \"hi\""]),
        (#"set k "a\nb""#, ["set", "k", #"a\nb"#]),
        (#"set k a\ b"#, ["set", "k", "a b"]),
        (#"set k "C:\\dir""#, ["set", "k", #"C:\dir"#]),
        ("set k ''", ["set", "k", ""]),
        (#"set k a"b c"d"#, ["set", "k", "ab cd"]),
        ("get k # a comment", ["get", "k"]),
        ("# only a comment", []),
        ("set k a#b", ["set", "k", "a#b"]),
        ("", []),
        ("parse 'a=1; b=\"x y\"'", ["parse", "a=1; b=\"x y\""]),
    ])
    func splitsLikeAShell(_ line: String, words: [String]) throws {
        #expect(try WordSplitter.split(line) == words)
    }

    @Test func unclosedQuoteIsLocated() {
        #expect {
            try WordSplitter.split(#"set k "open"#)
        } throws: { error in
            guard let error = error as? MeteorError else { return false }
            return error.kind == .unclosedQuote && error.location?.column == 7
        }
    }

    @Test func loneTrailingBackslashIsAnError() {
        #expect(throws: MeteorError.self) { try WordSplitter.split(#"get k\"#) }
    }

    @Test(arguments: ["plain", "a b", "it's", "", "$HOME", "x\"y", "list[0]"])
    func quoteRoundTrips(_ word: String) throws {
        #expect(try WordSplitter.split(WordSplitter.quote(word)) == [word])
    }
}
