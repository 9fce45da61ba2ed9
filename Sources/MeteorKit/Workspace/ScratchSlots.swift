internal import OrderedCollections

/// Named notes kept apart from the data (SPEC §9): never listed, exported or counted as
/// entries, and untouched by resets of the cursor or the storage.
///
/// Names follow a simple rule so they can be saved as `name=value` lines: ASCII letters,
/// digits, `_`, `-` and `.`, not empty, at most the profile's key length. Slots keep the
/// order in which their names were first set.
///
/// `ScratchSlots` is the read-only value the engine hands out; changes go through
/// ``MeteorEngine/execute(_:)`` so that they are recorded and undoable.
public struct ScratchSlots: Sendable, Hashable, Sequence {
    private var slots: OrderedDictionary<String, String> = [:]

    /// Creates an empty set of slots.
    public init() {}

    /// The number of slots.
    public var count: Int { slots.count }

    /// Whether there are no slots.
    public var isEmpty: Bool { slots.isEmpty }

    /// The slot names, in the order they were first set.
    public var list: [String] { Array(slots.keys) }

    /// The value of a slot.
    ///
    /// - Parameter name: The slot name.
    /// - Returns: The value, or nil when there is no such slot.
    public func get(_ name: String) -> String? { slots[name] }

    /// Whether a slot exists.
    ///
    /// - Parameter name: The slot name.
    /// - Returns: Whether it exists.
    public func has(_ name: String) -> Bool { slots[name] != nil }

    /// Iterates over `(name, value)` pairs in order.
    ///
    /// - Returns: An iterator.
    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        slots.elements.map { (name: $0.key, value: $0.value) }.makeIterator()
    }

    /// Checks a slot name.
    ///
    /// - Parameters:
    ///   - name: The candidate name.
    ///   - limits: The key length limit applies.
    /// - Throws: ``DiagnosticKind/emptyKey``, ``DiagnosticKind/invalidKey`` or
    ///   ``DiagnosticKind/limitExceeded``.
    public static func validate(name: String, limits: Limits = .active) throws(MeteorError) {
        guard !name.isEmpty else {
            throw MeteorError(
                .emptyKey, "a scratch slot needs a name",
                hint: "name it with letters, digits, `_`, `-` or `.`, e.g. `draft`")
        }
        for (offset, byte) in name.utf8.enumerated() {
            let allowed =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
            if !allowed {
                throw MeteorError(
                    .invalidKey,
                    "scratch slot name `\(name)` may only hold ASCII letters, digits, `_`, `-` "
                        + "and `.`",
                    at: SourceLocation(
                        column: String(decoding: name.utf8.prefix(offset), as: UTF8.self).count
                            + 1, lineText: name),
                    hint: "rename the slot, e.g. `draft.intro`")
            }
        }
        if name.utf8.count > limits.keyLength {
            throw limits.exceeded(
                .keyLength, actual: name.utf8.count,
                what: "the length of scratch slot name `\(name)`")
        }
    }

    // MARK: - Mutation, for the engine

    /// Sets a slot, keeping its position when it exists.
    mutating func set(_ name: String, _ value: String) { slots[name] = value }

    /// Removes a slot.
    ///
    /// - Returns: Whether it existed.
    @discardableResult
    mutating func remove(_ name: String) -> Bool { slots.removeValue(forKey: name) != nil }

    /// Removes every slot.
    mutating func removeAll() { slots.removeAll() }
}
