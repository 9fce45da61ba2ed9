import MeteorFormat
import Testing

@Suite struct BracketNotationTests {
    // SPEC §3, bracket → flat table.
    @Test(arguments: [
        ("list[0]", "list__i_0", "list[0]"),
        ("user[name]", "user__name", "user[name]"),
        ("grid[2,3]", "grid__i_2_3", "grid[2,3]"),
        ("m[x, y]", "m__i_x_y", "m[x,y]"),
        ("list[]", "list__i_APPEND", "list[]"),
        ("sections[10_setup]", "sections__10_setup", "sections[10_setup]"),
        ("modules[hashing.py]", "modules__hashing.py", "modules[hashing.py]"),
        ("a.b[0]", "a.b__i_0", "a.b[0]"),
    ])
    func flattensBracketKey(_ bracket: String, flat: String, display: String) throws {
        let key = try Key(validating: bracket, limits: Profile.default.limits)
        #expect(key.flat == flat)
        #expect(key.bracket == display)
        if flat.utf8.count <= Limits.active.keyLength {
            #expect(try BracketNotation.flat(fromBracket: bracket) == flat)
        }
    }

    // SPEC §3, flat → bracket table.
    @Test(arguments: [
        ("list__i_0", "list[0]"),
        ("grid__i_2_3", "grid[2,3]"),
        ("user__name", "user[name]"),
        ("my__var__i_0", "my__var[0]"),
        ("plain", "plain"),
        ("list__i_APPEND", "list[]"),
        ("sections__10_setup", "sections[10_setup]"),
    ])
    func bracketsFlatKey(_ flat: String, bracket: String) {
        #expect(BracketNotation.bracket(fromFlat: flat) == bracket)
    }

    @Test(arguments: [
        ("m[ x ]", "m__x", "m[x]"), ("g[ 1 ,\t2 ]", "g__i_1_2", "g[1,2]"),
        ("l[ ]", "l__i_APPEND", "l[]"),
        ("a[01]", "a__i_01", "a[01]"), ("a[-1]", "a__-1", "a[-1]"), ("a[i]", "a__i", "a[i]"),
        ("a[APPEND]", "a__APPEND", "a[APPEND]"), ("a[x,i]", "a__i_x_i", "a[x,i]"),
        ("é[x]", "é__x", "é[x]"), ("é[ x ]", "é__x", "é[x]"), ("a_[x]", "a___x", "a_[x]"),
        ("_[0]", "___i_0", "_[0]"),
    ])
    func normalizesWhitespaceAndEdgeItems(_ text: String, flat: String, bracket: String) throws {
        let key = try Key(validating: text)
        #expect(key.flat == flat)
        #expect(key.bracket == bracket)
    }

    // SPEC §3, errors: `invalidBracket` with the reason and the column.
    @Test(arguments: [
        ("list[", 5, "`[` is never closed"),
        ("list]", 5, "`]` has no matching `[`"),
        ("]a[", 1, "`]` has no matching `[`"),
        ("a[0][1]", 5, "a key has at most one bracket group"),
        ("a[b[0]]", 4, "brackets cannot nest"),
        ("list[0]x", 8, "text after `]` is not allowed"),
        ("[0]", 1, "the key needs a name before `[`"),
        ("a[0,,1]", 5, "an index list has an empty item"),
        ("a[ ,1]", 4, "an index list has an empty item"),
        ("a[0,]", 5, "an index list has an empty item"),
        ("a[x__y]", 4, "an index item cannot contain `__`"),
        ("a[x_y,1]", 4, "items of a multi-index list cannot contain `_`"),
        ("a[i_x]", 3, "a named index cannot start with `i_`"),
        ("a[x y]", 4, "index items may only contain ASCII letters, digits, `_`, `-` and `.`"),
        ("a[é]", 3, "index items may only contain ASCII letters, digits, `_`, `-` and `.`"),
        ("é[日本]", 3, "index items may only contain ASCII letters, digits, `_`, `-` and `.`"),
        ("a[*]", 3, "index items may only contain ASCII letters, digits, `_`, `-` and `.`"),
        ("a[_x]", 2, "`a[_x]` would not read back from its flat form `a___x`"),
        ("a[x_]]", 6, "a key has at most one bracket group"),
    ])
    func rejectsMalformedBracket(_ text: String, column: Int, reason: String) throws {
        let error = try #require(throws: MeteorError.self) { try Key(validating: text) }
        #expect(error.kind == .invalidBracket)
        #expect(error.message == "invalid bracket notation: \(reason)")
        #expect(error.location?.column == column)
    }

    @Test func whitespaceOutsideBracketsIsAnInvalidKey() throws {
        for text in ["a b[0]", "a [0]", "a[0] "] {
            let error = try #require(throws: MeteorError.self) { try Key(validating: text) }
            #expect(error.kind == .invalidKey, "\(text)")
        }
    }
}
