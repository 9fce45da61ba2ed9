import Foundation

/// Reads the process's memory figures from `/proc/self/status` (Linux).
enum Memory {
    /// The resident set size now, in bytes.
    static var residentBytes: Int { field("VmRSS:") }

    /// The peak resident set size since the last ``resetPeak()``, in bytes.
    static var peakBytes: Int { field("VmHWM:") }

    /// Resets the peak so the next workload's peak is its own (Linux `clear_refs` 5).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
            return 0
        }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).filter(\.isNumber)
            return (Int(digits) ?? 0) * 1024
        }
        return 0
    }
}
