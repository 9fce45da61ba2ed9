import Foundation
import MeteorFormat
import Testing

@Suite struct CodableTests {
    private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        #expect(try JSONDecoder().decode(T.self, from: data) == value)
        return String(decoding: data, as: UTF8.self)
    }

    private func decodeFails<T: Decodable>(_ type: T.Type, _ json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(type, from: Data(json.utf8))
        }
    }

    @Test func namesEncodeAsStrings() throws {
        #expect(try roundTrip(Context.app) == #""app""#)
        #expect(try roundTrip(try Namespace(validating: "ui.widgets")) == #""ui.widgets""#)
        #expect(try roundTrip(Namespace.root) == #""""#)
        #expect(try roundTrip(try Key(validating: "grid__i_2_3")) == #""grid[2,3]""#)
        #expect(try roundTrip(try Value(validating: "a\nb")) == #""a\nb""#)
    }

    @Test func decodingValidates() {
        decodeFails(Context.self, #""1x""#)
        decodeFails(Context.self, #""""#)
        decodeFails(Namespace.self, #""ui..w""#)
        decodeFails(Namespace.self, #""ui.ctl""#)
        decodeFails(Namespace.self, #""a.b.c.d.e.f.g.h.i""#)
        decodeFails(Key.self, #""a b""#)
        decodeFails(Key.self, #""list[""#)
        decodeFails(Key.self, #""a__i_x""#)
        decodeFails(Address.self, #"{"context":"app","namespace":"ui","key":""}"#)
        decodeFails(Meteor.self, #"{"context":"app","namespace":"ui","pairs":[]}"#)
    }

    @Test func keyDecodesEitherSpelling() throws {
        let flat = try JSONDecoder().decode(Key.self, from: Data(#""list__i_0""#.utf8))
        let bracket = try JSONDecoder().decode(Key.self, from: Data(#""list[0]""#.utf8))
        #expect(flat == bracket)
    }

    @Test func compositeTypesRoundTrip() throws {
        let address = try Address(parsing: "user:p.q:list[0]")
        #expect(try roundTrip(address) == #"{"context":"user","key":"list[0]","namespace":"p.q"}"#)
        _ = try roundTrip(Entry(address, "v"))
        let token = Token(scope: .address(.app, .root), key: try Key(validating: "k"), value: "x;y")
        _ = try roundTrip(token)
        _ = try roundTrip(Token(scope: .cursor, key: try Key(validating: "k"), value: ""))
        let meteor = try #require(
            Meteor(context: .app, namespace: .main, pairs: [.init(try Key(validating: "k"), "v")]))
        _ = try roundTrip(meteor)
        let operations = try TokenStreamParser().parse(
            "a=1; ns=ui; ctx=user; x:y=2; ctl:delete=app::; ctl:reset=all"
        ).operations
        for operation in operations { _ = try roundTrip(operation) }
        _ = try roundTrip(PathTarget.context(.app))
        _ = try roundTrip(ResetTarget.storage)
    }

    @Test func diagnosticsRoundTrip() throws {
        let error = try #require(
            thrownError { try TokenStreamParser().parse("a=1; b") })
        let json = try roundTrip(error)
        #expect(json.contains(#""kind":"missingEquals""#))
        #expect(json.contains(#""severity":"error""#))
        let warning = try TokenStreamParser(limits: Profile.strict.limits).parse("ns=a.b.c")
            .warnings
        #expect(warning.count == 1)
        #expect(try roundTrip(warning[0]).contains(#""limit":"namespaceWarningDepth""#))
        _ = try roundTrip(Profile.strict.limits)
        #expect(try roundTrip(Profile.enterprise) == #""enterprise""#)
        #expect(try roundTrip(DiagnosticKind.limitExceeded) == #""limitExceeded""#)
    }
}
