import Foundation
import MeteorFormat
import Testing

/// Seeded property tests: parse(serialize(x)) == x for values, entries and keys.
///
/// Everything runs with the enterprise limits, the largest, so the properties hold whatever
/// profile the package is built with.
@Suite struct RoundTripPropertyTests {
    private let limits = Profile.enterprise.limits

    private func randomEntries(_ rng: inout SplitMix64) throws -> [Entry] {
        var seen: Set<Address> = []
        var entries: [Entry] = []
        let contexts = try (0..<Int.random(in: 1...3, using: &rng)).map { _ in
            try Context(validating: RandomText.name(&rng), limits: limits)
        }
        let namespaces = try (0..<Int.random(in: 1...3, using: &rng)).map { _ in
            try Namespace(validating: RandomText.namespace(&rng, maxDepth: 3), limits: limits)
        }
        for _ in 0..<Int.random(in: 0...8, using: &rng) {
            let address = Address(
                contexts[Int.random(in: 0..<contexts.count, using: &rng)],
                namespaces[Int.random(in: 0..<namespaces.count, using: &rng)],
                try Key(validating: RandomText.bracketKey(&rng), limits: limits))
            if seen.insert(address).inserted {
                entries.append(Entry(address, RandomText.value(&rng)))
            }
        }
        return entries
    }

    @Test func valueSyntaxRoundTripsEveryValue() throws {
        var rng = SplitMix64(seed: 0xA11CE)
        let parser = TokenStreamParser(limits: limits)
        let meteors = MeteorStreamParser(limits: limits)
        for _ in 0..<4_000 {
            let value = RandomText.value(&rng)
            let text = ValueSyntax.serialize(value)
            #expect(try onlyToken(parser.parse("k=\(text)"))?.value == value, "\(text)")
            #expect(try onlyToken(parser.parse("k = \(text) ;"))?.value == value, "\(text)")
            #expect(
                try onlyToken(meteors.parse("a:b:k=\(text) :;: ")).map(\.value) == value, "\(text)")
            // One line, no invisible bytes: control characters are always escaped.
            #expect(
                !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "\(text)")
            #expect(ValueSyntax.canWriteBare(value) == (text == value))
        }
    }

    @Test(arguments: [TokenStreamSerializer.Style.cursorMoves, .qualified])
    func tokenStreamRoundTripsEntries(_ style: TokenStreamSerializer.Style) throws {
        var rng = SplitMix64(seed: style == .qualified ? 0xB0B : 0xCAFE)
        let parser = TokenStreamParser(limits: limits)
        for _ in 0..<600 {
            let entries = try randomEntries(&rng)
            let text = TokenStreamSerializer.serialize(entries, style: style)
            var store = try ReferenceStore()
            store.apply(try parser.parse(text))
            #expect(store.entryValues == entries, "\(text)")
        }
    }

    @Test func meteorStreamRoundTripsEntries() throws {
        var rng = SplitMix64(seed: 0xD00D)
        let parser = MeteorStreamParser(limits: limits)
        for _ in 0..<600 {
            let entries = try randomEntries(&rng)
            let text = MeteorStreamSerializer.serialize(entries: entries)
            let parsed = try parser.parse(text)
            #expect(parsed.warnings.isEmpty)
            var store = try ReferenceStore()
            store.apply(parsed)
            #expect(store.entryValues == entries, "\(text)")
        }
    }

    @Test func tokensRoundTripThroughTheirDescription() throws {
        var rng = SplitMix64(seed: 0x70CE)
        let parser = TokenStreamParser(limits: limits)
        for entry in try (0..<300).flatMap({ _ in try randomEntries(&rng) }) {
            let scopes: [TokenScope] = [
                .cursor, .namespace(entry.namespace), .address(entry.context, entry.namespace),
            ]
            for scope in scopes {
                let token = Token(scope: scope, key: entry.key, value: entry.value)
                #expect(
                    try parser.parse(token.description).operations == [.store(token)], "\(token)")
            }
        }
    }

    @Test func entriesRoundTripThroughJSON() throws {
        var rng = SplitMix64(seed: 0x150)
        for _ in 0..<200 {
            // Decoding validates with the build's profile, so keep what that profile accepts.
            let entries = try randomEntries(&rng).filter { entry in
                (try? Address(parsing: entry.address.description)) != nil
            }
            let data = try JSONEncoder().encode(entries)
            #expect(try JSONDecoder().decode([Entry].self, from: data) == entries)
        }
    }

    // SPEC §3 property: for every accepted bracket key `k`, `bracket(flat(k)) == k` with the
    // whitespace inside the brackets removed; and the flat form validates to the same key.
    @Test func bracketOfFlatIsTheKeyWithoutInnerWhitespace() throws {
        var rng = SplitMix64(seed: 0x5EC3)
        for _ in 0..<4_000 {
            let text = RandomText.bracketKey(&rng)
            let key = try Key(validating: text, limits: limits)
            let expected = String(text.filter { $0 != " " && $0 != "\t" })
            #expect(BracketNotation.bracket(fromFlat: key.flat) == expected, "\(text)")
            #expect(key.bracket == expected, "\(text)")
            #expect(try Key(validating: key.flat, limits: limits) == key, "\(text)")
            #expect(try Key(validating: key.bracket, limits: limits) == key, "\(text)")
        }
    }
}
