/// A small, seeded random number generator, so property and fuzz tests are deterministic.
///
/// SplitMix64 (Steele, Lea and Flood, 2014): one 64-bit state, one addition and a mixing
/// function per number. The same seed gives the same sequence on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator from a seed.
    ///
    /// - Parameter seed: The seed; every seed is valid.
    init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    ///
    /// - Returns: A random `UInt64`.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
