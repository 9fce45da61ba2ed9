import MeteorFormat
import Testing

/// Checks that an error reports an exceeded limit and names the limit, its value and the
/// profile (SPEC §10).
///
/// - Parameters:
///   - error: The error.
///   - limit: The limit that must be named.
///   - limits: The limits the input was checked against.
///   - sourceLocation: Where the expectation is written.
func expectLimit(
    _ error: MeteorError, _ limit: Limit, of limits: Limits,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    #expect(error.kind == .limitExceeded, sourceLocation: sourceLocation)
    #expect(error.diagnostic.limit == limit, sourceLocation: sourceLocation)
    #expect(
        error.message.contains("\(limits.profile.rawValue) profile"), sourceLocation: sourceLocation
    )
    #expect(error.message.contains("limit of \(limits[limit])"), sourceLocation: sourceLocation)
    #expect(error.message.contains("(\(limit.rawValue))"), sourceLocation: sourceLocation)
}

/// The single stored token of a one-token stream.
///
/// - Parameter parsed: A parsed stream.
/// - Returns: The token, or nil when the stream is not exactly one store.
func onlyToken(_ parsed: ParsedStream) -> Token? {
    guard parsed.operations.count == 1, case .store(let token) = parsed.operations[0] else {
        return nil
    }
    return token
}

/// The stores of a parsed stream, as `ctx:ns:key=value` lines resolved at `app:main`.
///
/// - Parameter parsed: A parsed stream.
/// - Returns: The lines.
func storedLines(_ parsed: ParsedStream) -> [String] {
    parsed.operations.compactMap { operation in
        guard case .store(let token) = operation else { return nil }
        let address = token.address(cursorContext: .app, cursorNamespace: .main)
        return "\(address)=\(token.value)"
    }
}

/// The error `body` throws, recording an issue when it throws none or another error.
///
/// Cheaper than `#require(throws:)` for the megabyte-sized inputs of the limit tests, whose
/// errors the testing library would otherwise describe in full.
///
/// - Parameters:
///   - sourceLocation: Where the expectation is written.
///   - body: The code that must throw.
/// - Returns: The error, or nil when no ``MeteorError`` was thrown.
func thrownError<T>(
    sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: () throws -> T
) -> MeteorError? {
    do {
        _ = try body()
        Issue.record("expected a MeteorError", sourceLocation: sourceLocation)
    } catch let error as MeteorError {
        return error
    } catch {
        Issue.record("expected a MeteorError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}
