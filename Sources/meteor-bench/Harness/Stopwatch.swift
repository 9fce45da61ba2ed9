/// Accumulates the time spent inside ``measure(_:)`` calls, so a run can do untimed setup.
struct Stopwatch {
    private(set) var elapsed: Duration = .zero

    /// Runs `body` and adds its duration to ``elapsed``.
    mutating func measure<T>(_ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        elapsed += clock.now - start
        return result
    }
}

/// Keeps a value alive so the optimizer cannot delete the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
