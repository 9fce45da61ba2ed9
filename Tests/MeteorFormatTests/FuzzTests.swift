import MeteorFormat
import Testing

/// Robustness: random, truncated and mutated input never crashes or hangs any parser, and every
/// error points inside the input.
@Suite(.timeLimit(.minutes(1)))
struct FuzzTests {
    private static let validStreams = [
        #"button=click; ns=ui; theme=dark; msg="Hello; World"; path="C:\\Program Files""#,
        "size=large; ctx=user; profile=admin; ui:k=v; app:ui.x:list[0]=a; ctl:delete=app:ui:",
        #"app:ui:button=click;theme=dark :;: user:main:profile=admin;json='{"a":1}'"#,
        "app:ui:msg=\"a :;: b\\n\\u00e9\\ud83d\\ude00\";grid[1, 2]=x :;: ctl:reset=all",
        "名前=値; 😀=\"👍🏽\"; e\u{301}=x\n; k=\"line\nbreak\"; \u{1}",
    ]

    /// Checks that an error's location lies inside the input it came from.
    private func checkLocation(
        _ error: MeteorError, in input: String?,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let location = error.location else {
            Issue.record("error without a location: \(error.kind)", sourceLocation: sourceLocation)
            return
        }
        let lineText = location.lineText ?? ""
        #expect(location.line >= 1, sourceLocation: sourceLocation)
        #expect(location.column >= 1, sourceLocation: sourceLocation)
        #expect(location.column <= lineText.count + 1, "\(error)", sourceLocation: sourceLocation)
        #expect(location.length >= 1, sourceLocation: sourceLocation)
        if let input {
            let lines = input.utf8.split(
                separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            #expect(location.line <= lines.count, sourceLocation: sourceLocation)
            if location.line <= lines.count {
                let line = lines[location.line - 1]
                #expect(
                    line.starts(with: lineText.utf8), "\(error)", sourceLocation: sourceLocation)
            }
        }
        _ = error.description
    }

    private func check(_ text: String, _ body: () throws(MeteorError) -> Void) {
        do { try body() } catch { checkLocation(error, in: text) }
    }

    private func parseEverything(_ text: String) {
        check(text) { () throws(MeteorError) in _ = try TokenStreamParser().parse(text) }
        check(text) { () throws(MeteorError) in _ = try MeteorStreamParser().parse(text) }
        check(text) { () throws(MeteorError) in _ = try MeteorPath.parse(text) }
        check(text) { () throws(MeteorError) in _ = try QueryPattern(text) }
        check(text) { () throws(MeteorError) in _ = try Key(validating: text) }
        check(text) { () throws(MeteorError) in _ = try Namespace(validating: text) }
        check(text) { () throws(MeteorError) in _ = try Context(validating: text) }
        if let pattern = try? QueryPattern(text) {
            _ = pattern.key.matches(text)
            _ = pattern.namespace.matches(text)
        }
    }

    private func parseBytes(_ bytes: [UInt8]) {
        let span = bytes.span
        do { _ = try TokenStreamParser().parse(span) } catch { checkLocation(error, in: nil) }
        do { _ = try MeteorStreamParser().parse(span) } catch { checkLocation(error, in: nil) }
    }

    @Test(
        arguments: [
            [0xFF, 0xFF, 0xFF, 0xC2, 0x85], [0x61, 0xC0, 0xC0, 0xC0, 0xE3, 0x80, 0x80],
            [0xED, 0xA0, 0x80, 0xC2, 0xA0], [0x80, 0x80, 0x80, 0x80, 0xE2, 0x80, 0xA8],
        ] as [[UInt8]])
    func invalidUTF8BeforeUnicodeWhitespaceInAKey(_ key: [UInt8]) {
        for stream in [key + Array("=1".utf8), Array("a=1; ".utf8) + key + Array("=1".utf8)] {
            let error = thrownError {
                try TokenStreamParser().parse(stream.span)
            }
            #expect(error?.kind == .invalidKey)
            if let error { checkLocation(error, in: nil) }
            let meteor = Array("a:b:".utf8) + stream
            if let error = thrownError({ try MeteorStreamParser().parse(meteor.span) }) {
                checkLocation(error, in: nil)
            }
        }
    }

    @Test func randomTextNeverCrashes() {
        var rng = SplitMix64(seed: 0xF022)
        for _ in 0..<2_000 {
            parseEverything(RandomText.value(&rng, maxPieces: 16))
        }
    }

    @Test func randomBytesNeverCrash() {
        var rng = SplitMix64(seed: 0xB17E5)
        for _ in 0..<2_000 {
            let bytes = RandomText.bytes(&rng, maxCount: 60)
            parseBytes(bytes)
            parseEverything(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test(arguments: validStreams)
    func everyPrefixOfAValidStreamIsHandled(_ stream: String) {
        let bytes = Array(stream.utf8)
        for end in 0...bytes.count {
            parseBytes(Array(bytes[..<end]))
        }
        var prefix = ""
        parseEverything(prefix)
        for character in stream {
            prefix.append(character)
            parseEverything(prefix)
        }
    }

    @Test(arguments: validStreams)
    func singleByteEditsAreHandled(_ stream: String) {
        var rng = SplitMix64(seed: UInt64(stream.utf8.count))
        let original = Array(stream.utf8)
        let interesting = Array(":;=\"'\\[] \n\r\t,._".utf8) + [0, 0x80, 0xC3, 0xE6, 0xF0, 0xFF]
        for _ in 0..<400 {
            var bytes = original
            let index = Int.random(in: 0..<bytes.count, using: &rng)
            let byte = interesting[Int.random(in: 0..<interesting.count, using: &rng)]
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: bytes[index] = byte
            case 1: bytes.insert(byte, at: index)
            default: bytes.remove(at: index)
            }
            parseBytes(bytes)
            parseEverything(String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test func pathologicalInputStaysFast() {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            parseEverything(String(repeating: "a*", count: 200) + "b")
            parseEverything(String(repeating: "\"", count: 5_000))
            parseEverything(String(repeating: ";", count: 5_000))
            parseEverything(String(repeating: ":;:", count: 2_000))
            parseEverything(String(repeating: "[", count: 5_000))
            parseEverything("k=\"" + String(repeating: "\\u", count: 2_000))
            if let pattern = try? QueryPattern("*:**:" + String(repeating: "*a", count: 40) + "*b")
            {
                #expect(!pattern.key.matches(String(repeating: "a", count: 100)))
            }
        }
        #expect(elapsed < .seconds(3))
    }
}
