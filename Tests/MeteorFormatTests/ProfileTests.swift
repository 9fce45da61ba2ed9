import MeteorFormat
import Testing

@Suite struct ProfileTests {
    // SPEC §10 table: every limit of every profile.
    @Test(arguments: [
        (Profile.default, [64, 5, 6, 1_000, 1_000, 100, 128, 65_536]),
        (.enterprise, [128, 6, 8, 10_000, 10_000, 1_000, 256, 1_048_576]),
        (.embedded, [32, 3, 4, 100, 100, 10, 32, 256]),
        (.strict, [16, 3, 4, 50, 500, 5, 16, 128]),
    ])
    func limitsMatchTheSpec(_ profile: Profile, values: [Int]) {
        let limits = profile.limits
        #expect(limits.profile == profile)
        let order: [Limit] = [
            .namespacePartLength, .namespaceWarningDepth, .namespaceErrorDepth, .streamItems,
            .commandHistory, .contexts, .keyLength, .valueLength,
        ]
        #expect(order.map { limits[$0] } == values)
        #expect(Set(order) == Set(Limit.allCases))
        #expect(limits.namespacePartLength == values[0])
        #expect(limits.namespaceWarningDepth == values[1])
        #expect(limits.namespaceErrorDepth == values[2])
        #expect(limits.streamItems == values[3])
        #expect(limits.commandHistory == values[4])
        #expect(limits.contexts == values[5])
        #expect(limits.keyLength == values[6])
        #expect(limits.valueLength == values[7])
    }

    @Test func activeProfileIsChosenAtBuildTime() {
        #if ProfileStrict
            let expected = Profile.strict
        #elseif ProfileEmbedded
            let expected = Profile.embedded
        #elseif ProfileEnterprise
            let expected = Profile.enterprise
        #else
            let expected = Profile.default
        #endif
        #expect(Profile.active == expected)
        #expect(Limits.active == expected.limits)
    }

    @Test(arguments: Profile.allCases, Limit.allCases)
    func exceededLimitErrorNamesLimitValueAndProfile(_ profile: Profile, limit: Limit) {
        let limits = profile.limits
        let error = limits.exceeded(limit, actual: limits[limit] + 1, what: "the thing")
        expectLimit(error, limit, of: limits)
        #expect(
            error.message
                == "the thing is \(limits[limit] + 1), over the \(profile.rawValue) profile's \(limit.phrase) limit of \(limits[limit]) (\(limit.rawValue))"
        )
        #expect(error.hint != nil)
    }

    @Test func limitsCanBeAdjustedOnACopy() throws {
        var limits = Profile.strict.limits
        limits.streamItems = 2
        let error = try #require(throws: MeteorError.self) {
            try TokenStreamParser(limits: limits).parse("a=1;b=2;c=3")
        }
        expectLimit(error, .streamItems, of: limits)
        #expect(error.message.contains("strict profile"))
    }
}
