import Glibc
import MeteorKit

/// Engine workloads (issue 3: MeteorKit).
///
/// Baselines do the same operation on a plain `[String: String]` keyed by the full path, with the
/// keys built in untimed setup, as the engine's addresses are.
///
/// `engine.set.1m` times `set(Address, value)`: a caller holding parsed addresses (the
/// document loader, imports, the TUI). `engine.set_path.1m` times `set(String, value)`, path
/// parsing included.
enum EngineWorkloads {
    static var all: [Workload] {
        let fixture = EngineFixture()
        return [
            set(fixture), setPath(fixture), get(fixture), iterate(fixture), delete(fixture),
            setOneNamespace(fixture),
        ]
    }

    static let n = 1_000_000

    /// 1,000,000 distinct paths `ctx{i%10}:ns{i%1000}:key{i}` with 16-byte values.
    static func set(_ fixture: EngineFixture) -> Workload {
        Workload(
            name: "engine.set.1m", n: n, targetMilliseconds: 1_000, targetRatio: 2.5,
            run: { stopwatch in
                let engine = MeteorEngine()
                let addresses = fixture.addresses
                let values = fixture.values
                stopwatch.measure {
                    for i in 0..<addresses.count { _ = try? engine.set(addresses[i], values[i]) }
                }
                precondition(engine.entryCount == n, "engine.set.1m stored the wrong count")
            },
            baseline: { stopwatch in
                var map: [String: String] = [:]
                let paths = fixture.paths
                let values = fixture.values
                stopwatch.measure {
                    for i in 0..<paths.count { map[paths[i]] = values[i] }
                }
                blackHole(map)
            },
            extras: { fixture.memoryFigures() })
    }

    /// The same stores through `set(String, value)`: each path is parsed and validated.
    static func setPath(_ fixture: EngineFixture) -> Workload {
        Workload(
            name: "engine.set_path.1m", n: n,
            run: { stopwatch in
                let engine = MeteorEngine()
                let paths = fixture.paths
                let values = fixture.values
                stopwatch.measure {
                    for i in 0..<paths.count { _ = try? engine.set(paths[i], values[i]) }
                }
                precondition(engine.entryCount == n, "engine.set_path.1m stored the wrong count")
            },
            baseline: { stopwatch in
                var map: [String: String] = [:]
                let paths = fixture.paths
                let values = fixture.values
                stopwatch.measure {
                    for i in 0..<paths.count { map[paths[i]] = values[i] }
                }
                blackHole(map)
            })
    }

    /// 1,000,000 lookups by address on the set workload's data.
    static func get(_ fixture: EngineFixture) -> Workload {
        Workload(
            name: "engine.get.1m", n: n, targetMilliseconds: 400,
            run: { stopwatch in
                let engine = fixture.filledEngine
                let addresses = fixture.addresses
                let bytes = stopwatch.measure {
                    var bytes = 0
                    for address in addresses { bytes &+= engine.get(address)?.utf8.count ?? 0 }
                    return bytes
                }
                precondition(bytes == n * 16, "engine.get.1m missed entries")
            },
            baseline: { stopwatch in
                let map = fixture.filledMap
                let paths = fixture.paths
                let bytes = stopwatch.measure {
                    var bytes = 0
                    for path in paths { bytes &+= map[path]?.utf8.count ?? 0 }
                    return bytes
                }
                blackHole(bytes)
            })
    }

    /// Every entry in listing order, through `engine.entries`.
    static func iterate(_ fixture: EngineFixture) -> Workload {
        Workload(
            name: "engine.iterate.1m", n: n, targetMilliseconds: 300,
            run: { stopwatch in
                let engine = fixture.filledEngine
                let (count, bytes) = stopwatch.measure {
                    var count = 0
                    var bytes = 0
                    for entry in engine.entries {
                        count += 1
                        bytes &+= entry.value.utf8.count &+ entry.key.flat.utf8.count
                    }
                    return (count, bytes)
                }
                precondition(count == n, "engine.iterate.1m missed entries")
                blackHole(bytes)
            },
            baseline: { stopwatch in
                let map = fixture.filledMap
                let (count, bytes) = stopwatch.measure {
                    var count = 0
                    var bytes = 0
                    for (key, value) in map {
                        count += 1
                        bytes &+= value.utf8.count &+ key.utf8.count
                    }
                    return (count, bytes)
                }
                blackHole((count, bytes))
            })
    }

    /// Deletes all 1,000,000 entries, in insertion order, from a freshly built store.
    static func delete(_ fixture: EngineFixture) -> Workload {
        Workload(
            name: "engine.delete.1m", n: n, targetMilliseconds: 1_000,
            run: { stopwatch in
                let engine = fixture.makeEngine()
                let addresses = fixture.addresses
                stopwatch.measure {
                    for address in addresses { engine.delete(.key(address)) }
                }
                precondition(engine.entryCount == 0, "engine.delete.1m left entries")
            },
            baseline: { stopwatch in
                var map = fixture.makeMap()
                let paths = fixture.paths
                stopwatch.measure {
                    for path in paths { map.removeValue(forKey: path) }
                }
                blackHole(map)
            })
    }

    /// 1,000,000 keys in one namespace, then all deleted in insertion order; both timed.
    static func setOneNamespace(_ fixture: EngineFixture) -> Workload {
        Workload(
            name: "engine.set_one_namespace.1m", n: n, targetMilliseconds: 2_000,
            run: { stopwatch in
                let engine = MeteorEngine()
                let addresses = fixture.oneNamespace
                let values = fixture.values
                stopwatch.measure {
                    for i in 0..<addresses.count { _ = try? engine.set(addresses[i], values[i]) }
                }
                precondition(engine.entryCount == n, "set_one_namespace stored the wrong count")
                stopwatch.measure {
                    for address in addresses { engine.delete(.key(address)) }
                }
                precondition(engine.entryCount == 0, "set_one_namespace left entries")
            },
            baseline: { stopwatch in
                var map: [String: String] = [:]
                let paths = fixture.oneNamespacePaths
                let values = fixture.values
                stopwatch.measure {
                    for i in 0..<paths.count { map[paths[i]] = values[i] }
                    for path in paths { map.removeValue(forKey: path) }
                }
                blackHole(map)
            })
    }
}

/// Data shared by the engine workloads, built on first use and outside any timing.
final class EngineFixture {
    private let n = EngineWorkloads.n

    /// `ctx{i%10}:ns{i%1000}:key{i}`, parsed.
    lazy var addresses: [Address] = paths.map { path in
        guard let address = try? Address(parsing: path) else { fatalError("bad path \(path)") }
        return address
    }

    /// `ctx{i%10}:ns{i%1000}:key{i}`.
    lazy var paths: [String] = (0..<n).map { "ctx\($0 % 10):ns\($0 % 1_000):key\($0)" }

    /// `app:main:key{i}`, parsed.
    lazy var oneNamespace: [Address] = oneNamespacePaths.map { path in
        guard let address = try? Address(parsing: path) else { fatalError("bad path \(path)") }
        return address
    }

    /// `app:main:key{i}`.
    lazy var oneNamespacePaths: [String] = (0..<n).map { "app:main:key\($0)" }

    /// 16-byte values.
    lazy var values: [String] = (0..<n).map(Self.value)

    /// An engine holding the set workload's data, shared by read-only workloads.
    lazy var filledEngine: MeteorEngine = makeEngine()

    /// The baseline dictionary holding the same data.
    lazy var filledMap: [String: String] = makeMap()

    /// A 16-byte value, `v` plus 15 digits.
    static func value(_ i: Int) -> String {
        let digits = String(i)
        return "v" + String(repeating: "0", count: max(0, 15 - digits.count)) + digits
    }

    func makeEngine() -> MeteorEngine {
        let engine = MeteorEngine()
        for i in 0..<n { _ = try? engine.set(addresses[i], values[i]) }
        return engine
    }

    func makeMap() -> [String: String] {
        var map: [String: String] = [:]
        for i in 0..<n { map[paths[i]] = values[i] }
        return map
    }

    /// Asks glibc to hand freed heap pages back to the system (`malloc_trim(0)`), so earlier
    /// workloads' freed memory does not hide this one's growth.
    ///
    /// `malloc.h` is not part of the Glibc module, hence the lookup.
    static func returnFreeMemory() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// Peak RSS growth per entry while 1,000,000 entries are stored with values made on the
    /// spot (so the store owns them), for the engine and for the baseline dictionary.
    func memoryFigures() -> [String: Double] {
        let addresses = self.addresses
        func measure(_ build: () -> Any) -> (peak: Double, resident: Double) {
            Self.returnFreeMemory()
            Memory.resetPeak()
            let before = Memory.residentBytes
            let built = build()
            let peak = Memory.peakBytes
            let after = Memory.residentBytes
            withExtendedLifetime(built) {}
            return (Double(peak - before) / Double(n), Double(after - before) / Double(n))
        }
        let engine = measure {
            let engine = MeteorEngine()
            for i in 0..<addresses.count { _ = try? engine.set(addresses[i], Self.value(i)) }
            return engine
        }
        let map = measure {
            var map: [String: String] = [:]
            for i in 0..<n { map["ctx\(i % 10):ns\(i % 1_000):key\(i)"] = Self.value(i) }
            return map
        }
        Self.returnFreeMemory()
        return [
            "bytes_per_entry": engine.peak, "resident_bytes_per_entry": engine.resident,
            "baseline_bytes_per_entry": map.peak,
        ]
    }
}
