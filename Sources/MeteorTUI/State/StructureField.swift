public import MeteorFormat

/// The field of a structural edit being typed: what it acts on, the text, and the live
/// diagnostic shown under it.
public struct StructureField: Sendable, Hashable {
    /// Which edit the field is for, with its source.
    public enum Kind: Sendable, Hashable {
        /// `r`: the new name of a key, in bracket form.
        case renameKey(Address)
        /// `m`: the new place of a namespace, `ctx:new.ns.name`.
        case moveNamespace(Context, Namespace)
        /// `c`: where to copy a namespace, `ctx[:ns]`.
        case copyNamespace(Context, Namespace)
        /// `C`: the context to compare a namespace with.
        case compareWith(Context, Namespace)
    }

    /// Which edit.
    public var kind: Kind
    /// The text field.
    public var editor: LineEditor
    /// The rendered diagnostic for the text typed so far, or nil when it is valid.
    public var problem: String?

    /// Creates a field.
    ///
    /// - Parameters:
    ///   - kind: Which edit.
    ///   - text: The prefilled text.
    public init(kind: Kind, text: String) {
        self.kind = kind
        self.editor = LineEditor(text)
    }

    /// The source as people write it: `app:ui:theme` or `app:ui`.
    public var source: String {
        switch kind {
        case .renameKey(let address): address.description
        case .moveNamespace(let context, let namespace), .copyNamespace(let context, let namespace),
            .compareWith(let context, let namespace):
            "\(context.name):\(namespace.name)"
        }
    }
}
