import Foundation
import MeteorStore

/// Whole `meteor` processes: the release build's binary beside this one (build both with
/// `swift build -c release`).
///
/// `cli.parallel_set.50x100k` starts 50 `meteor set` processes at the same moment, each
/// setting a different key in a store of 100,000 entries, with the default lock timeout.
/// The baseline runs the same 50 commands one after another, so the ratio is what queueing
/// on the lock costs over doing the same work in turn. Extras: how many processes
/// succeeded (fewest over the runs) and how many keys were lost (most over the runs).
enum CLIWorkloads {
    static var all: [Workload] {
        guard let binary else {
            print("cli.*: skipped: no `meteor` beside meteor-bench (swift build -c release)")
            return []
        }
        return [parallelSet(binary: binary, processes: 50, entries: 100_000)]
    }

    /// The `meteor` executable beside this one, or `$METEOR_BINARY` (to measure another
    /// build the same way).
    static var binary: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("meteor")
        let url =
            ProcessInfo.processInfo.environment["METEOR_BINARY"].map {
                URL(fileURLWithPath: $0)
            } ?? beside
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }

    /// What the runs found.
    private final class Tally {
        var succeeded = Int.max
        var lost = 0
    }

    static func parallelSet(binary: URL, processes: Int, entries: Int) -> Workload {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-bench-cli-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let seed = DocumentCodec().encode(entries: StoreWorkloads.engine(entries).entries)
        let path = directory.appendingPathComponent("store.meteor").path
        let tally = Tally()

        /// A fresh store: the seed document and no side files.
        func reset() {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            {
                try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
            }
            _ = FileManager.default.createFile(atPath: path, contents: Data(seed))
        }

        /// Starts the processes (all at once, or each after the last), waits for them, and
        /// returns how many exited with 0.
        func setKeys(parallel: Bool) -> Int {
            var running: [Process] = []
            var succeeded = 0
            for index in 0..<processes {
                let process = Process()
                process.executableURL = binary
                process.arguments = ["set", "app:bench:key\(index)", "value \(index)"]
                process.environment = ["METEOR_STORE": path, "HOME": directory.path]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                guard (try? process.run()) != nil else { continue }
                if parallel {
                    running.append(process)
                } else {
                    process.waitUntilExit()
                    if process.terminationStatus == 0 { succeeded += 1 }
                }
            }
            for process in running {
                process.waitUntilExit()
                if process.terminationStatus == 0 { succeeded += 1 }
            }
            return succeeded
        }

        /// Keys missing from the store after a run.
        func lostKeys() -> Int {
            guard let store = try? OpenStore(path: path, store: FileStore(), mode: .readOnly)
            else { return processes }
            return (0..<processes).filter {
                (try? store.engine.get("app:bench:key\($0)")) == nil
            }.count
        }

        return Workload(
            name: "cli.parallel_set.\(processes)x\(entries / 1_000)k", n: processes,
            targetMilliseconds: 10_000,
            run: { stopwatch in
                reset()
                let succeeded = stopwatch.measure { setKeys(parallel: true) }
                tally.succeeded = min(tally.succeeded, succeeded)
                tally.lost = max(tally.lost, lostKeys())
            },
            baseline: { stopwatch in
                reset()
                _ = stopwatch.measure { setKeys(parallel: false) }
            },
            extras: {
                ["succeeded": Double(tally.succeeded), "lost keys": Double(tally.lost)]
            })
    }
}
