/// The bytes of one foreign file and its name: turns byte offsets into `file:line:column`
/// locations with the line's text, so every format reports errors the way documents do.
struct ForeignSource {
    /// The whole file.
    let bytes: [UInt8]
    /// The name used in diagnostics.
    let file: String

    /// The location of a byte range.
    func location(offset: Int, length: Int = 1) -> SourceLocation {
        // Offsets count from the file's first byte, lines and columns from after a BOM.
        let start = min(contentStart, offset)
        var location = SourceLocation.locate(
            in: bytes.span.extracting(start...), offset: offset - start, byteLength: length)
        location.file = file
        return location
    }

    /// An error located at a byte range.
    func error(
        _ kind: DiagnosticKind, _ message: String, offset: Int, length: Int = 1,
        hint: String? = nil
    ) -> MeteorError {
        MeteorError(kind, message, at: location(offset: offset, length: length), hint: hint)
    }

    /// Moves an error raised while validating `text` (a name read from the file) to the file.
    ///
    /// - Parameters:
    ///   - error: The error, located (if at all) in `text` alone.
    ///   - text: The validated text.
    ///   - offset: The byte offset in the file where `text` starts.
    ///   - verbatim: Whether `text` appears in the file byte for byte (no escapes); only then
    ///     can the inner column be carried over, otherwise the whole text is marked.
    /// - Returns: The error, located in the file.
    func relocate(_ error: MeteorError, text: String, at offset: Int, verbatim: Bool)
        -> MeteorError
    {
        guard verbatim, let inner = error.location, inner.line == 1 else {
            return error.relocated(to: location(offset: offset, length: max(1, text.utf8.count)))
        }
        let before = text.prefix(max(0, inner.column - 1))
        let marked = text.dropFirst(before.count).prefix(inner.length)
        return error.relocated(
            to: location(
                offset: offset + before.utf8.count, length: max(1, marked.utf8.count)))
    }

    /// Checks that the file is UTF-8, pointing at the first bad byte.
    func validateUTF8() throws(MeteorError) {
        do {
            _ = try UTF8Span(validating: bytes.span)
        } catch {
            throw self.error(
                .invalidUTF8, "the file is not valid UTF-8",
                offset: error.byteOffsets.lowerBound, hint: "save the file as UTF-8")
        }
    }

    /// The offset after a leading byte order mark, or 0.
    var contentStart: Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}
