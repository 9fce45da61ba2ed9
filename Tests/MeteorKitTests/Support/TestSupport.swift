import Testing

@testable import MeteorKit

/// Shorthands for validated names in tests.
func ctx(_ name: String) throws -> Context { try Context(validating: name) }
func ns(_ name: String) throws -> Namespace { try Namespace(validating: name) }
func key(_ name: String) throws -> Key { try Key(validating: name) }
func addr(_ path: String) throws -> Address { try Address(parsing: path) }

/// The engine's entries as `ctx:ns:key=value` lines in listing order (bracket keys).
func dump(_ engine: MeteorEngine) -> [String] {
    engine.entries.map { "\($0.address)=\($0.value)" }
}

/// Everything undo and redo must restore: entries in order, cursor and scratch slots.
struct EngineState: Equatable, CustomStringConvertible {
    var entries: [String]
    var cursor: Cursor
    var scratch: [String]

    init(_ engine: MeteorEngine) {
        entries = dump(engine)
        cursor = engine.cursor
        scratch = engine.scratch.map { "\($0.name)=\($0.value)" }
    }

    var description: String { "\(entries) cursor=\(cursor) scratch=\(scratch)" }
}

/// A small, seeded, reproducible random generator (SplitMix64) for property tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Records `onChange` notifications.
final class ChangeRecorder {
    var changes: [EngineChange] = []

    func attach(to engine: MeteorEngine) {
        engine.onChange = { [unowned self] in self.changes.append($0) }
    }
}

/// Expects `body` to throw a `MeteorError` of `kind`.
func expectError(
    _ kind: DiagnosticKind, sourceLocation: Testing.SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) {
    do {
        try body()
        Issue.record("expected \(kind), nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as MeteorError {
        #expect(error.kind == kind, "\(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected MeteorError \(kind), got \(error)", sourceLocation: sourceLocation)
    }
}
