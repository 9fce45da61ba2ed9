/// Conversions between bracket and flat key spellings (SPEC §3).
///
/// | bracket | flat |
/// |---|---|
/// | `list[0]` | `list__i_0` |
/// | `user[name]` | `user__name` |
/// | `grid[2,3]` | `grid__i_2_3` |
/// | `list[]` | `list__i_APPEND` |
public enum BracketNotation {
    /// The flat suffix of the append form `base[]`.
    public static let appendSuffix = "__i_APPEND"

    /// The bracket spelling of a flat key.
    ///
    /// Splits at the last `__`: `i_APPEND` gives `base[]`, `i_` plus items gives
    /// `base[items joined by ","]`, anything else gives `base[suffix]`. A key without `__` is
    /// returned unchanged.
    ///
    /// - Parameter flat: A flat key.
    /// - Returns: Its bracket spelling.
    public static func bracket(fromFlat flat: String) -> String {
        guard let split = lastSeparator(in: flat) else { return flat }
        let base = flat[split.base]
        let suffix = flat[split.suffix]
        if suffix == "i_APPEND" { return "\(base)[]" }
        if suffix.hasPrefix("i_") {
            let items = suffix.dropFirst(2).split(separator: "_", omittingEmptySubsequences: false)
            return "\(base)[\(items.joined(separator: ","))]"
        }
        return "\(base)[\(suffix)]"
    }

    /// The flat spelling of a key in either spelling.
    ///
    /// - Parameter key: A key such as `list[0]` or `list__i_0`.
    /// - Returns: The canonical flat spelling.
    /// - Throws: The same errors as ``Key/init(validating:limits:)``.
    public static func flat(fromBracket key: String) throws(MeteorError) -> String {
        try Key(validating: key).flat
    }

    /// The ranges of the base and the suffix around the last `__`, or nil when there is none.
    static func lastSeparator(in flat: String) -> (
        base: Range<String.Index>, suffix: Range<String.Index>
    )? {
        let utf8 = flat.utf8
        var index = utf8.endIndex
        var previousWasUnderscore = false
        while index > utf8.startIndex {
            index = utf8.index(before: index)
            let isUnderscore = utf8[index] == .underscore
            if isUnderscore && previousWasUnderscore {
                let suffixStart = utf8.index(index, offsetBy: 2)
                return (flat.startIndex..<index, suffixStart..<flat.endIndex)
            }
            previousWasUnderscore = isUnderscore
        }
        return nil
    }
}
