/// The stamps of one namespace's keys, in key order, as runs of consecutive numbers.
///
/// A saved history refers to key positions by stamp; a reloaded document numbers its keys
/// afresh, so the namespaces a history touches carry their stamps along. Runs keep this
/// small: keys loaded together are one run, and only the places where a history record
/// removed or re-inserted a key break one.
package struct NamespaceStamps: Codable, Sendable, Hashable {
    /// The context.
    package var context: Context
    /// The namespace.
    package var namespace: Namespace
    /// `[first, count]` pairs, in key order.
    package var runs: [[Int]]

    /// Creates the runs of a sequence of increasing stamps.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    ///   - stamps: The stamps, increasing.
    package init(context: Context, namespace: Namespace, stamps: [Int]) {
        self.context = context
        self.namespace = namespace
        var runs: [[Int]] = []
        for stamp in stamps {
            if let last = runs.last, last[0] + last[1] == stamp {
                runs[runs.count - 1][1] += 1
            } else {
                runs.append([stamp, 1])
            }
        }
        self.runs = runs
    }

    /// The stamps, expanded; nil when a run is malformed.
    package var stamps: [Int]? {
        var stamps: [Int] = []
        for run in runs {
            guard run.count == 2, run[1] > 0, run[1] <= 100_000_000 else { return nil }
            stamps.append(contentsOf: run[0]..<(run[0] + run[1]))
        }
        return stamps
    }
}
