/// How results are written: for people, for scripts, or for debugging.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text for people; values as stored, entries as document lines.
    case text
    /// One compact JSON value per result, in the stable shapes of docs/cli.md.
    case json
    /// Every field spelled out, keys in both spellings; for debugging, not stable.
    case debug
}
