/// A scratch note being named or edited inline.
public struct ScratchEdit: Sendable, Hashable {
    /// The note's name: typed for a new note, fixed when editing one.
    public var name: LineEditor
    /// The note's text, once the name is accepted; nil while the name is typed.
    public var text: LineEditor?
    /// The text before editing; nil for a new note.
    public var original: String?
    /// The problem with the name typed so far, shown live under the field.
    public var problem: String?

    /// Starts naming a new note.
    public init() {
        name = LineEditor()
    }

    /// Starts editing an existing note.
    ///
    /// - Parameters:
    ///   - name: The note's name.
    ///   - text: Its current text.
    public init(name: String, text: String) {
        self.name = LineEditor(name)
        self.text = LineEditor(text)
        self.original = text
    }

    /// Whether the note is new (its name is still being typed or was just typed).
    public var isNew: Bool { original == nil }
}
