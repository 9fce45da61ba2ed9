import MeteorFormat
import Testing

@Suite struct ValueTests {
    @Test(arguments: ["", "x", "a; b", "line\nbreak", "\u{0}", "😀"])
    func holdsAnyText(_ text: String) throws {
        let value = try Value(validating: text)
        #expect(value.text == text)
        #expect(value.description == text)
    }

    @Test(arguments: Profile.allCases)
    func lengthIsLimitedInBytes(_ profile: Profile) throws {
        let limits = profile.limits
        let longest = String(repeating: "é", count: limits.valueLength / 2)
        #expect(try Value(validating: longest, limits: limits).text == longest)
        guard let error = thrownError({ try Value(validating: longest + "x", limits: limits) })
        else { return }
        expectLimit(error, .valueLength, of: limits)
        #expect(error.message.hasPrefix("the value length is \(limits.valueLength + 1), over the"))
    }
}
