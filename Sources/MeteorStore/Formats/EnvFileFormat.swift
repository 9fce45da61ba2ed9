/// Reads `.env`-style files into one namespace, and writes one namespace as such a file.
///
/// ```sh
/// # database settings
/// export DB_HOST=localhost
/// DB_PORT=5432            # a trailing comment
/// GREETING="Hello,\n\"world\""
/// RAW='C:\no\escapes'
/// ```
///
/// A line is blank, a comment (`#`), or `[export ]KEY=VALUE` with blanks allowed around `=`.
/// Keys follow SPEC §2 (bracket notation included). A value is unquoted (up to a `#` that
/// follows a blank, trimmed), single-quoted (raw), or double-quoted with the escapes `\n`,
/// `\r`, `\t`, `\"` and `\\`. Lines end with LF or CRLF; a BOM is skipped.
public enum EnvFileFormat {
    /// Reads an `.env` file, all or nothing.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - file: The name used in diagnostics.
    ///   - context: The context the entries go to.
    ///   - namespace: The namespace the entries go to.
    ///   - limits: The limits keys and values are checked against.
    /// - Returns: The entries in line order.
    /// - Throws: The first problem at `file:line:column`: an invalid key, a missing `=`, an
    ///   unclosed quote, an unknown escape, text after a closing quote, a key given twice or
    ///   an exceeded limit.
    public static func decode(
        _ bytes: [UInt8], file: String, context: Context = .app, namespace: Namespace = .main,
        limits: Limits = .active
    ) throws(MeteorError) -> [Entry] {
        let source = ForeignSource(bytes: bytes, file: file)
        try source.validateUTF8()
        var collected = ForeignEntries(source: source, limits: limits)
        var start = source.contentStart
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            var line = EnvLineReader(source: source, position: start, end: end)
            if let (keyRange, value, valueRange) = try line.read() {
                let text = String(decoding: bytes[keyRange], as: UTF8.self)
                let key: Key
                do {
                    key = try Key(validating: text, limits: limits)
                } catch {
                    throw source.relocate(
                        error, text: text, at: keyRange.lowerBound, verbatim: true)
                }
                try collected.add(
                    Address(context, namespace, key), value, keyAt: keyRange, valueAt: valueRange)
            }
            start = next
        }
        return collected.entries
    }

    /// Writes entries as `KEY=VALUE` lines, keys in bracket form.
    ///
    /// A value is written bare when it holds only letters, digits, non-ASCII text and
    /// `_-./:@%+,=`; otherwise single-quoted when it has no `'` or control character; otherwise
    /// double-quoted with escapes. Contexts and namespaces are not written: pass the entries
    /// of one namespace.
    ///
    /// - Parameter entries: The entries.
    /// - Returns: UTF-8 text, one line per entry.
    public static func encode(_ entries: some Sequence<Entry>) -> [UInt8] {
        var out: [UInt8] = []
        for entry in entries {
            out += entry.key.bracket.utf8
            out.append(UInt8(ascii: "="))
            let value = Array(entry.value.utf8)
            if value.allSatisfy(\.isEnvBare) {
                out += value
            } else if !value.contains(where: { $0 == 0x27 || $0 < 0x20 || $0 == 0x7F }) {
                out.append(0x27)
                out += value
                out.append(0x27)
            } else {
                out.append(UInt8(ascii: "\""))
                for byte in value {
                    switch byte {
                    case 0x0A: out += Array("\\n".utf8)
                    case 0x0D: out += Array("\\r".utf8)
                    case 0x09: out += Array("\\t".utf8)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [0x5C, byte]
                    default: out.append(byte)
                    }
                }
                out.append(UInt8(ascii: "\""))
            }
            out.append(0x0A)
        }
        return out
    }
}

extension UInt8 {
    /// Whether the byte may appear in an unquoted `.env` value that other tools (shells,
    /// Docker, dotenv libraries) read the same way.
    var isEnvBare: Bool {
        if self >= 0x80 || isASCIIAlphanumeric { return true }
        switch self {
        case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"),
            UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "%"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }
}
