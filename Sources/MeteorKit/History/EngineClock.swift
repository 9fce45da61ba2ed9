#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// The source of history timestamps, injected so tests and golden outputs are repeatable.
public protocol EngineClock {
    /// The current time.
    ///
    /// - Returns: The time to stamp the next history record with.
    func now() -> Date
}

/// The wall clock.
public struct SystemEngineClock: EngineClock, Sendable {
    /// Creates the wall clock.
    public init() {}

    /// The current wall-clock time.
    ///
    /// - Returns: `Date()`.
    public func now() -> Date { Date() }
}

/// A clock that starts at a fixed time and advances by a fixed step on every reading.
///
/// ```swift
/// let clock = SteppingEngineClock(start: Date(timeIntervalSince1970: 0), step: 1)
/// let engine = MeteorEngine(clock: clock)   // records are stamped 0 s, 1 s, 2 s, …
/// ```
public final class SteppingEngineClock: EngineClock {
    /// The time the next reading returns.
    public private(set) var next: Date
    /// How far each reading advances the clock, in seconds.
    public let step: TimeInterval

    /// Creates a stepping clock.
    ///
    /// - Parameters:
    ///   - start: The first reading.
    ///   - step: Seconds added after each reading (default 1).
    public init(start: Date = Date(timeIntervalSince1970: 0), step: TimeInterval = 1) {
        self.next = start
        self.step = step
    }

    /// Returns the current reading and advances the clock.
    ///
    /// - Returns: The reading.
    public func now() -> Date {
        defer { next = next.addingTimeInterval(step) }
        return next
    }
}
