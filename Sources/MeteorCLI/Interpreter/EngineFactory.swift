#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Makes the engines sessions load into.
enum EngineFactory {
    /// Makes an engine with the build's limits.
    ///
    /// When `METEOR_FIXED_CLOCK` holds a Unix time, history timestamps start there and advance one second per record, so output is
    /// repeatable in tests and docs.
    ///
    /// - Parameter environment: The process environment.
    /// - Returns: The engine.
    static func make(environment: [String: String]) -> MeteorEngine {
        if let text = environment["METEOR_FIXED_CLOCK"], let seconds = Double(text) {
            return MeteorEngine(
                clock: SteppingEngineClock(start: Date(timeIntervalSince1970: seconds)))
        }
        return MeteorEngine()
    }
}
