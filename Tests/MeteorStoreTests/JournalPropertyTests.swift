import Testing

@testable import MeteorStore

/// Random sessions of every kind of command, undo and redo included, journaled and then
/// "crashed": recovery onto the unchanged file rebuilds the session's state exactly (order
/// included), and onto a file another writer changed elsewhere it keeps both.
@Suite struct JournalPropertyTests {
    /// A small deterministic generator (SplitMix64).
    private struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    private static let contexts = ["app", "user"]
    private static let namespaces = ["ui", "db", "x.y"]
    private static let keys = ["a", "b", "c", "list[0]", "list[1]", "d.e"]

    private func address(_ random: inout Random) -> String {
        "\(random.pick(Self.contexts)):\(random.pick(Self.namespaces)):\(random.pick(Self.keys))"
    }

    private func names(_ random: inout Random) throws -> (Context, Namespace) {
        (
            try Context(validating: random.pick(Self.contexts)),
            try Namespace(validating: random.pick(Self.namespaces))
        )
    }

    /// One random command (or undo, redo); failures are part of the mix.
    private func step(_ engine: MeteorEngine, _ random: inout Random) throws {
        let value = "v\(random.below(5))" + (random.below(4) == 0 ? "\n" : "")
        switch random.below(16) {
        case 0, 1, 2: _ = try? engine.execute(.set(path: address(&random), value: value))
        case 3: _ = try? engine.execute(.delete(path: address(&random)))
        case 4, 5: _ = try? engine.undo()
        case 6: _ = try? engine.redo()
        case 7:
            let from = try Address(parsing: address(&random))
            _ = try? engine.execute(
                .renameKey(
                    from: from, to: try Key(validating: random.pick(Self.keys)),
                    overwrite: random.below(2) == 0))
        case 8:
            let first = address(&random)
            _ = try? engine.execute(
                .processMeteorStream("\(first)=\(random.below(9)) :;: \(address(&random))=w"))
        case 9:
            let (context, namespace) = try names(&random)
            _ = try? engine.execute(.clearNamespace(context, namespace))
        case 10:
            let (context, namespace) = try names(&random)
            let entries = try (0..<random.below(4)).map { index in
                Entry(
                    Address(context, namespace, try Key(validating: random.pick(Self.keys))),
                    "i\(index)")
            }
            var unique: [Entry] = []
            for entry in entries where !unique.contains(where: { $0.address == entry.address }) {
                unique.append(entry)
            }
            _ = try? engine.execute(.importNamespace(context, namespace, entries: unique))
        case 11:
            let (fromContext, fromNamespace) = try names(&random)
            let (toContext, toNamespace) = try names(&random)
            let overwrite = random.below(2) == 0
            _ = try? engine.execute(
                random.below(2) == 0
                    ? .moveNamespace(
                        from: fromContext, fromNamespace, to: toContext, toNamespace,
                        overwrite: overwrite)
                    : .copyNamespace(
                        from: fromContext, fromNamespace, to: toContext, toNamespace,
                        overwrite: overwrite))
        case 12:
            _ = try? engine.execute(.scratchSet(name: "s\(random.below(4))", value: value))
        case 13:
            _ = try? engine.execute(.scratchRemove(name: "s\(random.below(4))"))
        case 14:
            _ = try? engine.execute(.scratchAppend(name: "s\(random.below(4))", text: "+"))
        default:
            _ = try? engine.execute(
                random.below(3) == 0
                    ? .scratchClearAll
                    : .clearContext(try Context(validating: random.pick(Self.contexts))))
        }
    }

    private func base(_ store: InMemoryStore, _ path: String) throws {
        var text = "# meteor v1\n"
        for context in Self.contexts {
            for namespace in Self.namespaces.prefix(2) {
                text += "\(context):\(namespace):a=1\n\(context):\(namespace):list[0]=x\n"
            }
        }
        text += "# scratch\ns0=one\ns1=two\n"
        try store.write(Array(text.utf8), to: path, condition: .overwrite)
    }

    private func snapshot(_ engine: MeteorEngine) -> [String] {
        engine.entries.map(\.description) + engine.scratch.map { "#\($0.name)=\($0.value)" }
    }

    @Test(arguments: 0..<60)
    func recoveryOntoTheUnchangedFileRebuildsTheSessionExactly(seed: Int) throws {
        var random = Random(state: UInt64(seed) &* 7919)
        let store = InMemoryStore()
        let path = "/mem/p\(seed).meteor"
        try base(store, path)
        let session = try OpenStore(path: path, store: store)
        // A history from an earlier save, so undo reaches back past this session's start.
        for _ in 0..<5 { try step(session.engine, &random) }
        try session.save()
        for _ in 0..<25 { try step(session.engine, &random) }
        #expect(session.journalFailure == nil)
        let expected = snapshot(session.engine)
        session.close()

        let reopened = try OpenStore(path: path, store: store)
        guard reopened.pendingRecovery != nil else {
            #expect(snapshot(reopened.engine) == expected)
            return
        }
        #expect(reopened.pendingRecovery?.conflicts == [])
        try reopened.recover()
        #expect(snapshot(reopened.engine) == expected)
    }

    @Test(arguments: 0..<40)
    func recoveryKeepsAnotherWritersChangesElsewhere(seed: Int) throws {
        var random = Random(state: UInt64(seed) &* 104_729 &+ 1)
        let store = InMemoryStore()
        let path = "/mem/q\(seed).meteor"
        try base(store, path)
        let session = try OpenStore(path: path, store: store)
        for _ in 0..<25 { try step(session.engine, &random) }
        let expected = snapshot(session.engine)
        session.close()

        // Another writer changes only a context the session never touches.
        let other = try OpenStore(path: path, store: store, mode: .oneShot)
        for index in 0..<3 {
            try other.engine.execute(.set(path: "zeta:other:k\(index)", value: "theirs"))
        }
        try other.save()
        other.close()

        let reopened = try OpenStore(path: path, store: store)
        if reopened.pendingRecovery != nil {
            #expect(reopened.pendingRecovery?.conflicts == [])
            try reopened.recover()
        }
        let merged = snapshot(reopened.engine)
        #expect(merged.filter { !$0.hasPrefix("zeta:") } == expected)
        #expect(merged.filter { $0.hasPrefix("zeta:") }.count == 3)
    }
}
