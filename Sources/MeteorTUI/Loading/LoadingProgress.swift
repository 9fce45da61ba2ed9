/// What the loading screen shows while a large document opens.
///
/// A plain value, so the screen is a pure function of it; the composition root translates the
/// store's progress reports into it.
public struct LoadingProgress: Sendable, Hashable {
    /// What the counts measure.
    public enum Unit: Sendable, Hashable {
        /// Bytes of the file (shown in MB).
        case bytes
        /// Entries stored.
        case entries
    }

    /// The document's name.
    public var name: String
    /// The stage, in words: "reading", "parsing", "indexing".
    public var stage: String
    /// How much of the stage is done.
    public var done: Int
    /// The stage's total; 0 when unknown.
    public var total: Int
    /// What `done` and `total` count.
    public var unit: Unit
    /// The file's size in bytes, when known.
    public var fileBytes: Int

    /// Creates a progress value.
    ///
    /// - Parameters:
    ///   - name: The document's name.
    ///   - stage: The stage, in words.
    ///   - done: How much of it is done.
    ///   - total: Its total, or 0 when unknown.
    ///   - unit: What the counts measure.
    ///   - fileBytes: The file's size in bytes, or 0.
    public init(
        name: String, stage: String, done: Int = 0, total: Int = 0, unit: Unit = .bytes,
        fileBytes: Int = 0
    ) {
        self.name = name
        self.stage = stage
        self.done = done
        self.total = total
        self.unit = unit
        self.fileBytes = fileBytes
    }

    /// The whole percentage of the stage that is done, or nil when the total is unknown.
    public var percent: Int? {
        guard total > 0 else { return nil }
        return min(100, done * 100 / total)
    }

    /// "parsing 42% (23.0 of 54.7 MB)", "indexing 7% (65,536 of 1,000,000 entries)".
    public var summary: String {
        guard let percent else {
            return fileBytes > 0 ? "\(stage) (\(Self.megabytes(fileBytes)) MB)" : "\(stage) …"
        }
        switch unit {
        case .bytes:
            return "\(stage) \(percent)% (\(Self.megabytes(done)) of \(Self.megabytes(total)) MB)"
        case .entries:
            return "\(stage) \(percent)% (\(Self.grouped(done)) of \(Self.grouped(total)) entries)"
        }
    }

    /// Megabytes with one decimal, without Foundation.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A count with thousands separators: 1,000,000.
    static func grouped(_ count: Int) -> String {
        var digits = Array(String(count))
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return String(digits)
    }
}
