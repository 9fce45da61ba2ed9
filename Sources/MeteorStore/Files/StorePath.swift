/// `/`-separated path arithmetic shared by both stores and the front ends, so they name
/// files identically.
package enum StorePath {
    /// Joins path components, skipping empty ones.
    package static func join(_ parts: String...) -> String { join(parts) }

    /// Joins path components, skipping empty ones.
    package static func join(_ parts: [String]) -> String {
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
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// The last component of `path`.
    package static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The hidden sidecar lock file of a document, `.name.lock` beside it.
    package static func lockFile(for path: String) -> String {
        join(directory(of: path), "." + name(of: path) + ".lock")
    }

    /// Whether a relative path has a hidden component (lock and temporary files are hidden,
    /// and are never part of a listing).
    package static func isHidden(_ relative: String) -> Bool {
        relative.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The crash-recovery journal of a document.
    package static func journal(for path: String) -> String { path + ".journal" }

    /// Where a companion file is staged before its document is replaced: the hidden
    /// `.name.next` beside it, moved over the companion once the document is in place, so a
    /// crash between the two leaves a companion that still describes the file on disk.
    package static func staged(_ path: String) -> String {
        join(directory(of: path), "." + name(of: path) + ".next")
    }

    /// The prefix every temporary file of an atomic save of `path` starts with; a stale one
    /// (left by a killed process) is recognised by it and removed by the next save.
    package static func temporaryPrefix(for path: String) -> String {
        "." + name(of: path) + ".tmp-"
    }

    /// Whether a relative path stays inside the folder it is relative to, by its text
    /// alone: not empty, not absolute, and no `..` component (links are the caller's
    /// concern).
    static func isInside(_ relative: String) -> Bool {
        !relative.isEmpty && !relative.hasPrefix("/")
            && !relative.split(separator: "/").contains("..")
    }

    /// Throws unless ``isInside(_:)`` holds.
    ///
    /// - Throws: ``DiagnosticKind/pathOutsideFolder``.
    static func checkInside(_ relative: String, folder: String) throws(MeteorError) {
        guard isInside(relative) else {
            throw MeteorError(
                .pathOutsideFolder, "`\(relative)` is not a path inside `\(folder)`",
                hint: "paths in an export folder are relative and never use `..`")
        }
    }

    /// The path with empty and `.` components dropped and each `..` taking back the
    /// component before it.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part != ".." || !path.hasPrefix("/") {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
