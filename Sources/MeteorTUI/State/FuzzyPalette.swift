public import MeteorFormat

/// The fuzzy jump palette (Ctrl-P): a query, the best addresses for it, and a selection.
public struct FuzzyPalette: Sendable, Hashable {
    /// The query typed.
    public var editor = LineEditor()
    /// The best hits, best first.
    public var hits: [Address] = []
    /// The selected hit.
    public var selected = 0
    /// How many addresses match the query at all.
    public var matchCount = 0

    /// Creates an empty palette.
    public init() {}

    /// How many hits the palette keeps: more than any screen shows.
    public static let limit = 100
}
