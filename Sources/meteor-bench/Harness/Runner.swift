/// Runs workloads and reports medians.
struct Runner {
    /// Runs one workload: the operation and its baseline alternately, `runs` times each.
    func run(_ workload: Workload) -> WorkloadResult {
        Memory.resetPeak()
        var times: [Double] = []
        var baselines: [Double] = []
        for _ in 0..<max(5, workload.runs) {
            var baseline = Stopwatch()
            workload.baseline(&baseline)
            baselines.append(baseline.elapsed.milliseconds)
            var stopwatch = Stopwatch()
            workload.run(&stopwatch)
            times.append(stopwatch.elapsed.milliseconds)
        }
        let median = Self.median(times)
        let baselineMedian = Self.median(baselines)
        return WorkloadResult(
            name: workload.name, n: workload.n, medianMilliseconds: median,
            baselineMilliseconds: baselineMedian,
            ratio: baselineMedian > 0 ? median / baselineMedian : 0,
            peakRSSMegabytes: Double(Memory.peakBytes) / 1_048_576,
            targetMilliseconds: workload.targetMilliseconds, targetRatio: workload.targetRatio,
            extras: workload.extras())
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension Duration {
    /// The duration in milliseconds.
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}
