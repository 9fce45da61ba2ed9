import MeteorFormat

extension EngineCommand {
    /// The most characters of a stream a label quotes.
    static let labelExcerptLength = 40

    /// The command as a user would type it at the `meteor` command line, for history
    /// listings: `set app:ui:theme`, `parse "ns=ui; theme=dark"`, `rename app:ui:a b`.
    ///
    /// Internal names such as `setAddress` or `processTokenStream` never show. A stream is
    /// quoted from its first line, cut with `…` after 40 characters; values are left out.
    /// Commands the command line has no word for (`clear`, `scratch clear`) are named in
    /// the same style.
    public var label: String {
        switch self {
        case .set(let path, _): "set \(path)"
        case .setAddress(let address, _): "set \(address)"
        case .delete(let path): "delete \(path)"
        case .clearNamespace(let context, let namespace):
            "clear \(context.name):\(namespace.name)"
        case .clearContext(let context): "reset \(context.name)"
        case .reset(let target): "reset \(target.rawValue)"
        case .processTokenStream(let text): "parse \(Self.quotedExcerpt(text))"
        case .processMeteorStream(let text): "parse --meteor \(Self.quotedExcerpt(text))"
        case .setCursor(let context, let namespace): "cursor \(context.name):\(namespace.name)"
        case .importNamespace(let context, let namespace, _, _):
            "import \(context.name):\(namespace.name)"
        case .importEntries(_, let replacing):
            "import \(target)" + (replacing ? " --replace" : "")
        case .renameKey(let from, let to, let overwrite):
            "rename \(from) \(to.bracket)" + (overwrite ? " --overwrite" : "")
        case .moveNamespace(let context, let namespace, let toContext, let toNamespace, let over):
            "move \(context.name):\(namespace.name) \(toContext.name):\(toNamespace.name)"
                + (over ? " --overwrite" : "")
        case .copyNamespace(let context, let namespace, let toContext, let toNamespace, let over):
            "copy \(context.name):\(namespace.name) \(toContext.name):\(toNamespace.name)"
                + (over ? " --overwrite" : "")
        case .scratchSet(let name, _): "scratch set \(name)"
        case .scratchAppend(let name, _): "scratch append \(name)"
        case .scratchRemove(let name): "scratch rm \(name)"
        case .scratchClearAll: "scratch clear"
        }
    }

    /// The first line of a stream, cut and quoted: `"ctl:delete=app:ui:; ctl:dele…"`.
    private static func quotedExcerpt(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" }
        guard line.count > labelExcerptLength || line.count < text.count else {
            return ValueSyntax.quote(String(line))
        }
        return ValueSyntax.quote(String(line.prefix(labelExcerptLength)) + "…")
    }
}

extension HistoryRecord {
    /// The command as a user would type it: see ``EngineCommand/label``.
    public var label: String { command.label }
}
