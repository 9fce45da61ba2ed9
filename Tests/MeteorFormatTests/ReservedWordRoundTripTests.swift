import MeteorFormat
import Testing

/// Every reserved word of SPEC §2 survives every serializer → parser round trip.
///
/// The words are keys anywhere in a stream and contexts (where that is legal: namespace
/// parts may not be reserved words); issue 11, item 16. `ns` and `ctx` are the dangerous
/// ones: written bare, they move the cursor or are refused.
@Suite struct ReservedWordRoundTripTests {
    static let reserved = [
        "global", "root", "default", "ctl", "control", "ctx", "context", "ns", "namespace",
    ]
    private let limits = Profile.enterprise.limits

    @Test func theListIsSPECsReservedWords() {
        for word in Self.reserved {
            #expect(throws: MeteorError.self) { try Namespace(validating: word) }
            #expect(throws: MeteorError.self) { try Namespace(validating: "ui.\(word)") }
            #expect((try? Context(validating: word)) != nil, "contexts may be \(word)")
            #expect((try? Key(validating: word)) != nil, "keys may be \(word)")
        }
    }

    /// Entries where reserved words are keys (alone, first, last and between others, plain
    /// and in bracket form) and contexts, in root, single-part and dotted namespaces.
    private func entries(_ rng: inout SplitMix64) throws -> [Entry] {
        let contexts = try (["app"] + Self.reserved).map { try Context(validating: $0) }
        let namespaces = try ["", "k8s", "a.b"].map { try Namespace(validating: $0) }
        let keys = try (Self.reserved + ["cluster", "ns[0]", "ctx[name]", "ns.x", "x.ns"]).map {
            try Key(validating: $0, limits: limits)
        }
        var seen: Set<Address> = []
        var result: [Entry] = []
        for _ in 0..<Int.random(in: 1...12, using: &rng) {
            let address = Address(
                contexts[Int.random(in: 0..<contexts.count, using: &rng)],
                namespaces[Int.random(in: 0..<namespaces.count, using: &rng)],
                keys[Int.random(in: 0..<keys.count, using: &rng)])
            if seen.insert(address).inserted {
                result.append(Entry(address, RandomText.value(&rng, maxPieces: 3)))
            }
        }
        return result
    }

    @Test(arguments: [TokenStreamSerializer.Style.cursorMoves, .qualified])
    func tokenStreams(_ style: TokenStreamSerializer.Style) throws {
        var rng = SplitMix64(seed: style == .qualified ? 0x7E5 : 0x7E6)
        let parser = TokenStreamParser(limits: limits)
        for _ in 0..<500 {
            let entries = try entries(&rng)
            let text = TokenStreamSerializer.serialize(entries, style: style)
            var store = try ReferenceStore()
            store.apply(try parser.parse(text))
            #expect(store.entryValues == entries, "\(text)")
        }
    }

    @Test func meteorStreamsAndSingleMeteors() throws {
        var rng = SplitMix64(seed: 0x7E7)
        let parser = MeteorStreamParser(limits: limits)
        for _ in 0..<500 {
            let entries = try entries(&rng)
            let text = MeteorStreamSerializer.serialize(entries: entries)
            var store = try ReferenceStore()
            store.apply(try parser.parse(text))
            #expect(store.entryValues == entries, "\(text)")
            for meteor in MeteorStreamSerializer.meteors(from: entries) {
                var single = try ReferenceStore()
                single.apply(try parser.parse(meteor.description))
                let expected = meteor.pairs.map {
                    Entry(Address(meteor.context, meteor.namespace, $0.key), $0.value)
                }
                #expect(single.entryValues == expected, "\(meteor)")
            }
        }
    }

    @Test func tokensWithAPrefix() throws {
        var rng = SplitMix64(seed: 0x7E8)
        let parser = TokenStreamParser(limits: limits)
        for entry in try (0..<100).flatMap({ _ in try entries(&rng) }) {
            for scope in [
                TokenScope.namespace(entry.namespace), .address(entry.context, entry.namespace),
            ] {
                let token = Token(scope: scope, key: entry.key, value: entry.value)
                #expect(
                    try parser.parse(token.description).operations == [.store(token)], "\(token)")
            }
        }
    }

    @Test func entriesPrintAsAddressesThatParseBack() throws {
        var rng = SplitMix64(seed: 0x7E9)
        for entry in try (0..<100).flatMap({ _ in try entries(&rng) }) {
            let text = entry.description
            let parsed = try TokenStreamParser(limits: limits).parse(text)
            var store = try ReferenceStore()
            store.apply(parsed)
            #expect(store.entryValues == [entry], "\(text)")
        }
    }
}
