import Foundation

/// Prints results as a table or as JSON.
enum Report {
    /// The JSON document: `{"workloads":[…]}`.
    static func json(_ results: [WorkloadResult]) -> String {
        struct Document: Encodable { var workloads: [WorkloadResult] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(Document(workloads: results)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A header line for the table.
    static var header: String {
        pad("workload", 30) + pad("n", 10, right: true) + pad("median ms", 12, right: true)
            + pad("baseline ms", 13, right: true) + pad("ratio", 8, right: true)
            + pad("peak MB", 10, right: true) + "  target"
    }

    /// One table row.
    static func row(_ result: WorkloadResult) -> String {
        var target: [String] = []
        if let ms = result.targetMilliseconds { target.append("≤ \(format(ms, 0)) ms") }
        if let ratio = result.targetRatio { target.append("≤ \(format(ratio, 1))×") }
        let verdict = target.isEmpty ? "" : (result.meetsTargets ? " ok" : " MISSED")
        var line =
            pad(result.name, 30) + pad(String(result.n), 10, right: true)
            + pad(format(result.medianMilliseconds, 2), 12, right: true)
            + pad(format(result.baselineMilliseconds, 2), 13, right: true)
            + pad(format(result.ratio, 2), 8, right: true)
            + pad(format(result.peakRSSMegabytes, 1), 10, right: true)
            + "  " + target.joined(separator: ", ") + verdict
        for (key, value) in result.extras.sorted(by: { $0.key < $1.key }) {
            line += "\n" + pad("", 30) + "\(key): \(format(value, 1))"
        }
        return line
    }

    static func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// Pads a cell to its column; a right-aligned cell keeps at least one space before it,
    /// so a long name or a large number never runs into its neighbour.
    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(right ? 1 : 0, width - text.count))
        return right ? fill + text : text + fill
    }
}
