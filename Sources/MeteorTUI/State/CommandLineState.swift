/// The `:` command line being typed.
public struct CommandLineState: Sendable, Hashable {
    /// The field.
    public var editor = LineEditor()
    /// Which history line is shown (an index into ``AppState/commandHistory``), or nil for
    /// the line being typed.
    public var historyIndex: Int?
    /// The line being typed, kept while Up and Down browse the history.
    public var draft = ""
    /// The completion being cycled through with Tab, or nil.
    public var completion: CompletionCycle?

    /// Creates an empty command line.
    public init() {}
}

/// Repeated Tab presses: the candidates and which one is in the field.
public struct CompletionCycle: Sendable, Hashable {
    /// The candidates, shown in a list above the field.
    public var candidates: [String]
    /// The candidate in the field, or nil before the first cycle step.
    public var selected: Int?
    /// Where the word starts, in characters; a candidate replaces from here to the cursor.
    public var wordStart: Int
}
