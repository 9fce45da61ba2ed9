/// One benchmark: a measured operation and a plain-Swift baseline of the same work, both run
/// in the same process, alternately, at least five times each.
struct Workload {
    /// The name, such as `parse.token_stream.100k`.
    var name: String
    /// How many items one run processes.
    var n: Int
    /// How many times each side is run; the median is reported.
    var runs: Int = 5
    /// The target median, in milliseconds, if the issue sets one.
    var targetMilliseconds: Double?
    /// The target ratio to the baseline, if the issue sets one.
    var targetRatio: Double?
    /// One run of the measured operation; setup outside `stopwatch.measure` is not timed.
    var run: (inout Stopwatch) -> Void
    /// One run of the baseline.
    var baseline: (inout Stopwatch) -> Void
    /// Extra figures computed once, such as bytes per entry, printed with the result.
    var extras: () -> [String: Double] = { [:] }
}

/// The measured figures of one workload.
struct WorkloadResult: Encodable {
    var name: String
    var n: Int
    var medianMilliseconds: Double
    var baselineMilliseconds: Double
    var ratio: Double
    var peakRSSMegabytes: Double
    var targetMilliseconds: Double?
    var targetRatio: Double?
    var extras: [String: Double]

    /// Whether the result meets the targets that are set.
    var meetsTargets: Bool {
        (targetMilliseconds.map { medianMilliseconds <= $0 } ?? true)
            && (targetRatio.map { ratio <= $0 } ?? true)
    }

    enum CodingKeys: String, CodingKey {
        case name, n, ratio, extras
        case medianMilliseconds = "median_ms"
        case baselineMilliseconds = "baseline_ms"
        case peakRSSMegabytes = "peak_rss_mb"
        case targetMilliseconds = "target_ms"
        case targetRatio = "target_ratio"
    }
}
