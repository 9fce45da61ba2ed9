/// A directory path of SPEC §9: `C` or `C:` (namespace `main` of C), `C:N` (namespace N),
/// `C:N:P` (directory P inside N; `C::P` is P in the root namespace).
struct DirectoryPath {
    var context: Context
    var namespace: Namespace
    /// The directory inside the namespace, or nil for the namespace itself.
    var prefix: Key?

    init(parsing text: String, limits: Limits) throws(MeteorError) {
        guard !text.isEmpty else {
            throw MeteorError(
                .emptyPath, "the directory path is empty",
                at: SourceLocation(column: 1, lineText: text),
                hint: "directory paths look like `app:ui` or `app:ui:a.b`")
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 3 else {
            let column = parts[0].count + parts[1].count + parts[2].count + 3
            throw MeteorError(
                .tooManyParts, "a directory path has at most three parts, `C:N:P`",
                at: SourceLocation(column: column, lineText: text),
                hint: "keys cannot contain `:`; directories are dotted (`a.b`)")
        }
        guard !parts[0].isEmpty else {
            throw MeteorError(
                .emptyContext, "the directory path has no context",
                at: SourceLocation(column: 1, lineText: text),
                hint: "start with a context, e.g. `app\(text)`")
        }
        var column = 1
        context = try Self.locating(text, column) { () throws(MeteorError) in
            try Context(validating: String(parts[0]), limits: limits)
        }
        column += parts[0].count + 1
        namespace = .main
        prefix = nil
        if parts.count >= 2, parts.count == 3 || !parts[1].isEmpty {
            let name = String(parts[1])
            namespace = try Self.locating(text, column) { () throws(MeteorError) in
                try Namespace(validating: name, limits: limits)
            }
            column += parts[1].count + 1
        }
        if parts.count == 3, !parts[2].isEmpty {
            let name = String(parts[2])
            prefix = try Self.locating(text, column) { () throws(MeteorError) in
                try Key(validating: name, limits: limits)
            }
        }
    }

    /// Runs a validator on one part and moves its error's column into the whole path.
    private static func locating<T>(
        _ text: String, _ column: Int, _ body: () throws(MeteorError) -> T
    ) throws(MeteorError) -> T {
        do {
            return try body()
        } catch {
            let inner = error.location
            throw error.relocated(
                to: SourceLocation(
                    column: column + (inner?.column ?? 1) - 1, length: inner?.length ?? 1,
                    lineText: text))
        }
    }
}
