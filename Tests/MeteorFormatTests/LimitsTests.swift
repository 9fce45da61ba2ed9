import MeteorFormat
import Testing

/// Every limit of SPEC §10 that the core enforces, with the profile this package was built
/// with: the APIs' default `limits:` argument.
@Suite struct LimitsTests {
    private let limits = Limits.active

    @Test func namePartLength() throws {
        let part = String(repeating: "p", count: limits.namespacePartLength)
        _ = try Context(validating: part)
        _ = try Namespace(validating: part)
        for stream in ["ctx=\(part)p", "ns=\(part)p"] {
            let error = try #require(throws: MeteorError.self) {
                try TokenStreamParser().parse(stream)
            }
            expectLimit(error, .namespacePartLength, of: limits)
        }
    }

    @Test func namespaceDepths() throws {
        func name(_ depth: Int) -> String { (0..<depth).map { "n\($0)" }.joined(separator: ".") }
        let warned = try TokenStreamParser().parse("ns=\(name(limits.namespaceWarningDepth))")
        #expect(warned.warnings.map(\.kind) == [.namespaceDepthWarning])
        #expect(
            try TokenStreamParser().parse("ns=\(name(limits.namespaceWarningDepth - 1))").warnings
                .isEmpty)
        let error = try #require(throws: MeteorError.self) {
            try MeteorStreamParser().parse("app:\(name(limits.namespaceErrorDepth)):k=v")
        }
        #expect(error.kind == .namespaceTooDeep)
        #expect(error.message.contains("\(limits.profile.rawValue) profile"))
    }

    @Test func streamItems() throws {
        let meteors = (0..<limits.streamItems).map { "a:b:k\($0)=v" }
        #expect(
            try MeteorStreamParser().parse(meteors.joined(separator: " :;: ")).storeCount
                == limits.streamItems)
        let stream = (meteors + ["a:b:z=v"]).joined(separator: " :;: ")
        if let error = thrownError({ try MeteorStreamParser().parse(stream) }) {
            expectLimit(error, .streamItems, of: limits)
        }
    }

    @Test func keyLength() throws {
        let key = String(repeating: "k", count: limits.keyLength)
        _ = try Key(validating: key)
        expectLimit(
            try #require(throws: MeteorError.self) { try Key(validating: key + "k") }, .keyLength,
            of: limits)
        expectLimit(
            try #require(throws: MeteorError.self) { try MeteorPath.parse("app::\(key)k") },
            .keyLength, of: limits)
    }

    @Test func valueLength() throws {
        let value = String(repeating: "v", count: limits.valueLength)
        _ = try Value(validating: value)
        #expect(try TokenStreamParser().parse("k=\(value)").storeCount == 1)
        if let error = thrownError({ try TokenStreamParser().parse("k=\(value)v") }) {
            expectLimit(error, .valueLength, of: limits)
        }
    }
}
