import MeteorFormat
import Testing

@Suite struct KeyTests {
    @Test(arguments: [
        "button", "database.host", "user.settings.theme", "a", "x-1", "_", "0", "é", "日本",
        "😀", "a.b.c", "key!", "a/b", "a#b", "a*b?", "a,b", "ключ", "user__name",
    ])
    func acceptsPlainKey(_ text: String) throws {
        let key = try Key(validating: text, limits: Profile.default.limits)
        #expect(key.flat == text)
    }

    @Test func emptyKeyIsRejected() throws {
        let error = try #require(throws: MeteorError.self) { try Key(validating: "") }
        #expect(error.kind == .emptyKey)
        #expect(error.location?.column == 1)
    }

    // SPEC §2: no whitespace or control characters; none of `:` `;` `=` `"` `'` `\`.
    @Test(arguments: [
        ("a b", 2), ("a\tb", 2), ("a\nb", 2), ("a\rb", 2), ("a:b", 2), ("a;b", 2), ("a=b", 2),
        ("a\"b", 2), ("a'b", 2), ("a\\b", 2), ("a\u{0}b", 2), ("a\u{1B}b", 2), ("a\u{7F}b", 2),
        ("a\u{85}b", 2), ("a\u{A0}b", 2), ("a\u{2028}b", 2), ("a\u{3000}b", 2), ("日 本", 2),
        (" a", 1), ("a ", 2), ("éé\u{2003}", 3),
    ])
    func rejectsForbiddenCharacter(_ text: String, column: Int) throws {
        let error = try #require(throws: MeteorError.self) { try Key(validating: text) }
        #expect(error.kind == .invalidKey)
        #expect(error.location?.column == column)
    }

    @Test func whitespaceIsNamedByCodePoint() throws {
        let error = try #require(throws: MeteorError.self) { try Key(validating: "a\u{3000}b") }
        #expect(error.message == "keys cannot contain whitespace (U+3000)")
        let control = try #require(throws: MeteorError.self) { try Key(validating: "a\u{1}b") }
        #expect(control.message == "keys cannot contain `␁`")
    }

    // SPEC §2: a plain key containing `__` is the flat form of a bracket key, and must be the
    // canonical one.
    @Test(arguments: [
        ("user__name", "user[name]"), ("list__i_0", "list[0]"), ("grid__i_2_3", "grid[2,3]"),
        ("my__var__i_0", "my__var[0]"), ("list__i_APPEND", "list[]"), ("a.b__i_0", "a.b[0]"),
        ("m__i_x_y", "m[x,y]"),
    ])
    func acceptsCanonicalFlatKey(_ flat: String, bracket: String) throws {
        let key = try Key(validating: flat)
        #expect(key.flat == flat)
        #expect(key.bracket == bracket)
        #expect(try Key(validating: bracket) == key)
    }

    @Test(arguments: ["a__i_x", "a__", "__a", "a__i_", "a__i_0__", "a__i_x_", "a__b__"])
    func rejectsNonCanonicalFlatKey(_ flat: String) throws {
        let error = try #require(throws: MeteorError.self) { try Key(validating: flat) }
        #expect(error.kind == .invalidKey)
        #expect(error.location?.column == 1)
    }

    @Test func nonCanonicalFlatKeySuggestsTheCanonicalSpelling() throws {
        let error = try #require(throws: MeteorError.self) { try Key(validating: "a__i_x") }
        #expect(
            error.message
                == "`a__i_x` is not a canonical flat key: it reads as `a[x]`, whose flat form is `a__x`"
        )
        #expect(error.hint == "write `a__x` or `a[x]`")
    }

    // SPEC §2: the key limit is measured on the flat form, in UTF-8 bytes.
    @Test(arguments: Profile.allCases)
    func lengthIsMeasuredOnTheFlatFormInBytes(_ profile: Profile) throws {
        let limits = profile.limits
        let longest = String(repeating: "k", count: limits.keyLength)
        #expect(try Key(validating: longest, limits: limits).flat == longest)
        expectLimit(
            try #require(throws: MeteorError.self) {
                try Key(validating: longest + "k", limits: limits)
            },
            .keyLength, of: limits)
        // `base[0]` is 4 bytes shorter than its flat form `base__i_0`: it is measured flat.
        let base = String(repeating: "b", count: limits.keyLength - 5)
        #expect(
            try Key(validating: "\(base)[0]", limits: limits).flat.utf8.count == limits.keyLength)
        let over = try #require(throws: MeteorError.self) {
            try Key(validating: "\(base)b[0]", limits: limits)
        }
        expectLimit(over, .keyLength, of: limits)
        #expect("\(base)b[0]".utf8.count < limits.keyLength)
        // `é` is two bytes.
        let half = String(repeating: "é", count: limits.keyLength / 2)
        _ = try Key(validating: half, limits: limits)
        expectLimit(
            try #require(throws: MeteorError.self) {
                try Key(validating: half + "é", limits: limits)
            },
            .keyLength, of: limits)
    }

    @Test func appendKeyHasItsBase() throws {
        let key = try Key(validating: "list[]")
        #expect(key.isAppend)
        #expect(key.appendBase == "list")
        #expect(key.numericIndex == nil)
        let resolved = try key.resolvingAppend(to: 7)
        #expect(resolved.flat == "list__i_7")
        #expect(resolved.bracket == "list[7]")
        #expect(try Key(validating: "list[3]").isAppend == false)
        #expect(try Key(validating: "list[3]").appendBase == nil)
    }

    @Test(arguments: [
        ("list[3]", "list", 3), ("a.b[0]", "a.b", 0), ("my__var[12]", "my__var", 12),
        ("x[007]", "x", 7),
    ])
    func numericIndexIsParsed(_ text: String, base: String, index: Int) throws {
        let found = try #require(try Key(validating: text).numericIndex)
        #expect(found.base == base)
        #expect(found.index == index)
    }

    @Test(arguments: ["user[name]", "grid[2,3]", "plain", "list[]", "a[-1]"])
    func nonNumericKeyHasNoNumericIndex(_ text: String) throws {
        #expect(try Key(validating: text).numericIndex == nil)
    }

    @Test(arguments: Profile.allCases)
    func resolvingAppendChecksTheKeyLength(_ profile: Profile) throws {
        let limits = profile.limits
        let base = String(repeating: "b", count: limits.keyLength - 10)
        let key = try Key(validating: "\(base)[]", limits: limits)
        #expect(key.flat.utf8.count == limits.keyLength)
        let resolved = try key.resolvingAppend(to: 100_000, limits: limits)
        #expect(resolved.flat == "\(base)__i_100000")
        let error = try #require(throws: MeteorError.self) {
            try key.resolvingAppend(to: 1_000_000, limits: limits)
        }
        expectLimit(error, .keyLength, of: limits)
    }

    @Test func descriptionIsTheBracketSpelling() throws {
        #expect(try Key(validating: "grid__i_2_3").description == "grid[2,3]")
    }
}
