public import MeteorKit

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The `STORE.state` file beside a store: a JSON object with the cursor and the history of
/// the command line, and the SHA-256 of the document they belong to (docs/cli.md).
///
/// ```json
/// {"format":"meteor-state","version":1,"document":"<sha256>",
///  "cursor":{"context":"app","namespace":"ui"},"history":{…}}
/// ```
public enum StateFile {
    private struct Header: Codable {
        var format: String?
        var version: Int?
    }

    private struct Contents: Codable {
        var format: String
        var version: Int
        var document: String
        var cursor: Cursor
        var history: HistorySnapshot?
    }

    private static let format = "meteor-state"
    private static let version = 1

    /// The state file of a store: its path with `.state` added.
    ///
    /// - Parameter document: The store's path.
    /// - Returns: The state file's path.
    public static func path(for document: String) -> String { document + ".state" }

    /// The state to save with a document.
    ///
    /// - Parameters:
    ///   - document: The document bytes being saved.
    ///   - engine: The engine whose cursor and history to keep.
    /// - Returns: The state.
    package static func state(for document: [UInt8], of engine: MeteorEngine) -> SessionState {
        SessionState(
            documentSHA256: SHA256Hex.of(document), cursor: engine.cursor,
            history: engine.historySnapshot())
    }

    /// Encodes a state.
    ///
    /// - Parameter state: The state.
    /// - Returns: UTF-8 JSON, one line, with a final line break.
    public static func encode(_ state: SessionState) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        let contents = Contents(
            format: format, version: version, document: state.documentSHA256,
            cursor: state.cursor, history: state.history)
        // Every value in the state encodes; a failure here is a programming error, and an
        // empty history is the safe thing to save then.
        let data =
            (try? encoder.encode(contents))
            ?? (try? encoder.encode(
                Contents(
                    format: format, version: version, document: state.documentSHA256,
                    cursor: state.cursor, history: nil))) ?? Data()
        return Array(data) + [0x0A]
    }

    /// Decodes a state file.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - path: The file, for messages.
    /// - Returns: The state.
    /// - Throws: ``DiagnosticKind/invalidDocument`` naming the file and what is wrong.
    public static func decode(_ bytes: [UInt8], path: String) throws(MeteorError) -> SessionState {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        let header = try? decoder.decode(Header.self, from: Data(bytes))
        if let header, header.format != format || header.version != version {
            throw MeteorError(
                .invalidDocument,
                "`\(path)` is a `\(header.format ?? "?")` file, version "
                    + "\(header.version.map(String.init) ?? "?"); this meteor reads `\(format)` "
                    + "version \(version)",
                hint: "it is rewritten by the next change")
        }
        let contents: Contents
        do {
            contents = try decoder.decode(Contents.self, from: Data(bytes))
        } catch {
            throw MeteorError(
                .invalidDocument, "`\(path)` is not a readable state file (\(reason(error)))",
                hint: "it is rewritten by the next change; delete it to silence this warning")
        }
        return SessionState(
            documentSHA256: contents.document, cursor: contents.cursor,
            history: contents.history)
    }

    /// A short reason for a decoding error: what was wrong, and where.
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context),
            .typeMismatch(_, let context), .valueNotFound(_, let context):
            let at = context.codingPath.map(\.stringValue).joined(separator: ".")
            let what = context.debugDescription
            return at.isEmpty ? what : "\(what) at `\(at)`"
        @unknown default:
            return "\(error)"
        }
    }
}
