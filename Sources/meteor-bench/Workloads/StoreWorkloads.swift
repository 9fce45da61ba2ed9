import Foundation
import MeteorStore

/// Document workloads: saving and loading a `.meteor` file of N entries over 10 contexts.
///
/// Both baselines move the same bytes with plain Foundation: `Data.write(to:options:.atomic)`
/// for saving, and `Data(contentsOf:)` plus a split into lines for loading, the least work
/// any loader of a line format must do.
enum StoreWorkloads {
    static var all: [Workload] {
        [save(100_000), load(100_000), save(1_000_000), load(1_000_000)]
    }

    private static func label(_ count: Int) -> String {
        count >= 1_000_000 ? "\(count / 1_000_000)m" : "\(count / 1_000)k"
    }

    /// An engine holding `count` entries: 10 contexts × `count / 1,000` namespaces.
    static func engine(_ count: Int) -> MeteorEngine {
        var limits = Limits.active
        limits.contexts = .max
        let engine = MeteorEngine(limits: limits)
        let namespaces = max(1, count / 10_000)
        for index in 0..<count {
            let path = "ctx\(index % 10):ns\((index / 10) % namespaces):key\(index)"
            _ = try? engine.set(path, "value number \(index) with some text")
        }
        return engine
    }

    private static func directory() -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-bench-\(ProcessInfo.processInfo.processIdentifier)")
            .path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Saves a document of `count` entries (encode, hash, atomic write, fsync).
    static func save(_ count: Int) -> Workload {
        let path = directory() + "/save-\(count).meteor"
        let engine = engine(count)
        try? FileManager.default.removeItem(atPath: path)
        let document = try? OpenStore(path: path, store: FileStore(), engine: engine)
        let bytes = Data(DocumentCodec().encode(entries: engine.entries))
        let baselinePath = URL(fileURLWithPath: path + ".baseline")
        return Workload(
            name: "store.save.\(label(count))", n: count,
            targetMilliseconds: count == 1_000_000 ? 1_000 : nil,
            run: { stopwatch in
                let result = stopwatch.measure { try? document?.save(.overwrite) }
                precondition(result != nil, "save failed")
            },
            baseline: { stopwatch in
                stopwatch.measure { try? bytes.write(to: baselinePath, options: .atomic) }
            },
            extras: { ["bytes": Double(bytes.count)] })
    }

    /// Loads a document of `count` entries into a new engine (read, parse, validate, store).
    static func load(_ count: Int) -> Workload {
        let path = directory() + "/load-\(count).meteor"
        let source = engine(count)
        let bytes = DocumentCodec().encode(entries: source.entries)
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        var limits = Limits.active
        limits.contexts = .max
        return Workload(
            name: "store.load.\(label(count))", n: count,
            targetMilliseconds: count == 1_000_000 ? 1_000 : nil,
            run: { stopwatch in
                let document = stopwatch.measure {
                    try? OpenStore(
                        path: path, store: FileStore(), engine: MeteorEngine(limits: limits))
                }
                precondition(document?.engine.entryCount == count, "load failed")
            },
            baseline: { stopwatch in
                let lines = stopwatch.measure { () -> [String] in
                    guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else {
                        return []
                    }
                    return data.split(separator: UInt8(ascii: "\n")).map {
                        String(decoding: $0, as: UTF8.self)
                    }
                }
                precondition(lines.count == count + 1, "baseline split failed")
            },
            extras: { ["bytes": Double(bytes.count)] })
    }
}
