public import MeteorFormat

/// Where the last search or `n`/`N` landed: the key and its document position, so the hit
/// counter finds its number without looking the key up again.
public struct SearchHit: Sendable, Hashable {
    /// The key.
    public var address: Address
    /// Its position in document order.
    public var position: Int

    /// Creates a hit.
    ///
    /// - Parameters:
    ///   - address: The key.
    ///   - position: Its position in document order.
    public init(address: Address, position: Int) {
        self.address = address
        self.position = position
    }
}
