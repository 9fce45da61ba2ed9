import MeteorFormat

/// Parser workloads.
///
/// Both baselines split the same text on bytes into a `[String: String]`: the least work any
/// parser of this format must do.
enum ParseWorkloads {
    static var all: [Workload] { [tokenStream, meteorStream] }

    /// Parsers enforce the profile's stream limit (1,000 items by default); a benchmark of
    /// 100,000 items lifts only that limit.
    static var unboundedStreams: Limits {
        var limits = Limits.active
        limits.streamItems = .max
        return limits
    }

    /// 100,000 `kN=vN` tokens with an `ns=` switch every 1,000.
    static var tokenStream: Workload {
        var parts: [String] = []
        parts.reserveCapacity(100_100)
        for i in 0..<100_000 {
            if i % 1_000 == 0 { parts.append("ns=ns\(i / 1_000)") }
            parts.append("k\(i)=v\(i)")
        }
        let text = parts.joined(separator: "; ")
        let parser = TokenStreamParser(limits: unboundedStreams)
        return Workload(
            name: "parse.token_stream.100k", n: 100_000, targetMilliseconds: 50, targetRatio: 3,
            run: { stopwatch in
                let parsed = stopwatch.measure { try? parser.parse(text) }
                precondition(parsed?.storeCount == 100_000, "token stream parse failed")
            },
            baseline: { stopwatch in
                let map = stopwatch.measure { splitIntoDictionary(text) }
                blackHole(map)
            })
    }

    /// 100,000 one-token meteors over 10 contexts × 100 namespaces.
    static var meteorStream: Workload {
        var parts: [String] = []
        parts.reserveCapacity(100_000)
        for i in 0..<100_000 {
            parts.append("ctx\(i % 10):ns\((i / 10) % 100):k\(i)=v\(i)")
        }
        let text = parts.joined(separator: " :;: ")
        let parser = MeteorStreamParser(limits: unboundedStreams)
        return Workload(
            name: "parse.meteor_stream.100k", n: 100_000, targetMilliseconds: 50, targetRatio: 3,
            run: { stopwatch in
                let parsed = stopwatch.measure { try? parser.parse(text) }
                precondition(parsed?.storeCount == 100_000, "meteor stream parse failed")
            },
            baseline: { stopwatch in
                let map = stopwatch.measure { splitIntoDictionary(text) }
                blackHole(map)
            })
    }

    /// The baseline: cut at `;`, cut each piece at its first `=`, trim spaces, and store
    /// key and value as Strings.
    static func splitIntoDictionary(_ text: String) -> [String: String] {
        var text = text
        return text.withUTF8 { bytes in
            var map: [String: String] = [:]
            map.reserveCapacity(bytes.count / 12)
            var start = 0
            var equals = -1
            var index = 0
            func flush(_ end: Int) {
                guard equals > start else { return }
                var keyStart = start
                while keyStart < equals, bytes[keyStart] == 0x20 || bytes[keyStart] == 0x3A {
                    keyStart += 1
                }
                var valueEnd = end
                while valueEnd > equals + 1,
                    bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x3A
                {
                    valueEnd -= 1
                }
                let key = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[keyStart..<equals]), as: UTF8.self
                )
                let value = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[(equals + 1)..<valueEnd]),
                    as: UTF8.self)
                map[key] = value
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x3B {
                    flush(index)
                    start = index + 1
                    equals = -1
                } else if byte == 0x3D, equals < 0 {
                    equals = index
                }
                index += 1
            }
            flush(bytes.count)
            return map
        }
    }
}
