/// `/`-separated path arithmetic shared by both stores, so they name files identically.
enum StorePath {
    /// Joins path components, skipping empty ones.
    static func join(_ parts: String...) -> String { join(parts) }

    /// Joins path components, skipping empty ones.
    static func join(_ parts: [String]) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if result.isEmpty || result.hasSuffix("/") {
                result += part
            } else {
                result += "/" + part
            }
        }
        return result
    }

    /// The directory that holds `path` (`.` for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// The last component of `path`.
    static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The hidden sidecar lock file of a document, `.name.lock` beside it.
    static func lockFile(for path: String) -> String {
        join(directory(of: path), "." + name(of: path) + ".lock")
    }

    /// Whether a relative path has a hidden component (lock and temporary files are hidden,
    /// and are never part of a listing).
    static func isHidden(_ relative: String) -> Bool {
        relative.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The crash-recovery journal of a document.
    static func journal(for path: String) -> String { path + ".journal" }

    /// The prefix every temporary file of an atomic save of `path` starts with; a stale one
    /// (left by a killed process) is recognised by it and removed by the next save.
    static func temporaryPrefix(for path: String) -> String { "." + name(of: path) + ".tmp-" }
}
