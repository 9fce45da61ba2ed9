/// How an export picks file extensions: `metadata[lang]`, then `metadata[mime]`, then the
/// context (`doc` → `md`, `shell` → `sh`, otherwise `txt`).
enum FileExtensions {
    private static let languages: [String: String] = [
        "markdown": "md", "md": "md", "python": "py", "py": "py", "shell": "sh", "bash": "sh",
        "sh": "sh", "zsh": "sh", "swift": "swift", "rust": "rs", "rs": "rs", "javascript": "js",
        "js": "js", "typescript": "ts", "ts": "ts", "json": "json", "yaml": "yaml", "yml": "yaml",
        "toml": "toml", "html": "html", "css": "css", "c": "c", "cpp": "cpp", "go": "go",
        "ruby": "rb", "text": "txt", "plain": "txt", "txt": "txt", "sql": "sql", "xml": "xml",
    ]

    private static let mimeTypes: [String: String] = [
        "text/markdown": "md", "text/x-markdown": "md", "text/plain": "txt",
        "text/x-python": "py", "text/x-shellscript": "sh", "application/x-sh": "sh",
        "application/json": "json", "text/html": "html", "text/css": "css",
        "application/xml": "xml", "text/xml": "xml", "application/yaml": "yaml",
        "application/toml": "toml", "text/javascript": "js",
    ]

    /// The extension (without a dot) for a namespace's slice files.
    ///
    /// - Parameters:
    ///   - context: The namespace's context.
    ///   - metadata: The namespace's `metadata[…]` values by name.
    /// - Returns: An extension such as `md`.
    static func choose(context: Context, metadata: [String: String]) -> String {
        if let lang = metadata["lang"]?.lowercased(), !lang.isEmpty {
            if let known = languages[lang] { return known }
            if lang.utf8.allSatisfy({ $0.isASCIIAlphanumeric }) { return lang }
        }
        if let mime = metadata["mime"]?.lowercased(), let known = mimeTypes[mime] { return known }
        switch context.name {
        case "doc": return "md"
        case "shell": return "sh"
        default: return "txt"
        }
    }

    /// Whether an item name already ends with an extension (`hashing.py`), in which case
    /// none is added.
    static func hasExtension(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        let suffix = name[name.index(after: dot)...]
        return (1...10).contains(suffix.count) && suffix.utf8.allSatisfy { $0.isASCIIAlphanumeric }
    }
}

extension UInt8 {
    var isASCIIAlphanumeric: Bool {
        (self >= 0x30 && self <= 0x39) || ((self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A)
    }
}
