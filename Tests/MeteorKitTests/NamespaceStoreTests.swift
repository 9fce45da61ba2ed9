import Testing

@testable import MeteorKit

@Suite struct NamespaceStoreTests {
    private func keys(_ store: NamespaceStore) -> [String] {
        store.slots.filter(\.isLive).map(\.key.flat)
    }

    private func filled(_ count: Int) throws -> (NamespaceStore, [Key]) {
        var store = NamespaceStore()
        var made: [Key] = []
        for i in 0..<count {
            let k = try key("k\(i)")
            made.append(k)
            _ = store.upsert(k, "v\(i)", newStamp: i)
        }
        return (store, made)
    }

    @Test func upsertKeepsFirstInsertionOrderAndReportsBefore() throws {
        var store = NamespaceStore()
        let result1 = store.upsert(try key("b"), "1", newStamp: 0)
        #expect(result1.before == nil)
        let result2 = store.upsert(try key("a"), "2", newStamp: 1)
        #expect(result2.before == nil)
        let update = store.upsert(try key("b"), "3", newStamp: 2)
        #expect(update.before == "1")
        #expect(update.stamp == 0)
        #expect(keys(store) == ["b", "a"])
        #expect(store.value(for: try key("b")) == "3")
        #expect(store.slots[0].value == "3")
        #expect(store.count == 2)
    }

    @Test func deleteThenSetMovesKeyToEnd() throws {
        var store = NamespaceStore()
        for (i, name) in ["a", "b", "c"].enumerated() {
            _ = store.upsert(try key(name), name, newStamp: i)
        }
        let result3 = store.remove(try key("a"))
        #expect(result3?.value == "a")
        _ = store.upsert(try key("a"), "again", newStamp: 3)
        #expect(keys(store) == ["b", "c", "a"])
    }

    @Test func removingAbsentKeyReturnsNil() throws {
        var store = NamespaceStore()
        let result4 = store.remove(try key("x"))
        #expect(result4 == nil)
    }

    @Test func removingLastSlotPopsTrailingTombstones() throws {
        var (store, made) = try filled(5)
        _ = store.remove(made[3])
        #expect(store.tombstones == 1)
        _ = store.remove(made[4])
        #expect(store.tombstones == 0)
        #expect(store.slots.count == 3)
    }

    @Test func deletingOldestFirstTrimsPrefixWithoutRenumbering() throws {
        var (store, made) = try filled(200)
        for k in made.prefix(150) { _ = store.remove(k) }
        #expect(store.count == 50)
        #expect(store.tombstones <= store.count)
        #expect(store.slots.count < 100)
        for (i, k) in made.enumerated().dropFirst(150) {
            #expect(store.value(for: k) == "v\(i)")
        }
        #expect(keys(store) == made.dropFirst(150).map(\.flat))
        _ = store.upsert(try key("new"), "n", newStamp: 1_000)
        #expect(keys(store).last == "new")
        #expect(store.value(for: try key("new")) == "n")
    }

    @Test func scatteredDeletesCompact() throws {
        var (store, made) = try filled(300)
        for (i, k) in made.enumerated() where i % 3 != 0 { _ = store.remove(k) }
        #expect(store.count == 100)
        #expect(store.tombstones <= store.count)
        let expected = made.enumerated().filter { $0.offset % 3 == 0 }.map(\.element.flat)
        #expect(keys(store) == expected)
        for (i, k) in made.enumerated() where i % 3 == 0 { #expect(store.value(for: k) == "v\(i)") }
        // Updates after compaction still land in the right slot.
        _ = store.upsert(made[0], "changed", newStamp: 999)
        #expect(store.slots.first { $0.isLive }?.value == "changed")
    }

    @Test func placeRevivesTombstoneAtItsPosition() throws {
        var (store, made) = try filled(5)
        let result = store.remove(made[2])
        let removed = try #require(result)
        store.place(made[2], removed.value, stamp: removed.stamp)
        #expect(keys(store) == made.map(\.flat))
        #expect(store.tombstones == 0)
    }

    @Test func placeInsertsInTheMiddleAfterCompaction() throws {
        var (store, made) = try filled(100)
        var removed: [(Key, String, Int)] = []
        for (i, k) in made.enumerated() where i % 2 == 1 {
            let result = store.remove(k)
            let r = try #require(result)
            removed.append((k, r.value, r.stamp))
        }
        for (k, value, stamp) in removed.reversed() { store.place(k, value, stamp: stamp) }
        #expect(keys(store) == made.map(\.flat))
        for (i, k) in made.enumerated() { #expect(store.value(for: k) == "v\(i)") }
    }

    @Test func placeAfterPrefixTrimRestoresOrder() throws {
        var (store, made) = try filled(100)
        var removed: [(Key, String, Int)] = []
        for k in made.prefix(80) {
            let result = store.remove(k)
            let r = try #require(result)
            removed.append((k, r.value, r.stamp))
        }
        for (k, value, stamp) in removed.reversed() { store.place(k, value, stamp: stamp) }
        #expect(keys(store) == made.map(\.flat))
        for (i, k) in made.enumerated() { #expect(store.value(for: k) == "v\(i)") }
    }

    @Test func placeOfExistingKeyWithSameStampUpdatesInPlace() throws {
        var (store, made) = try filled(3)
        store.place(made[1], "x", stamp: 1)
        #expect(keys(store) == made.map(\.flat))
        #expect(store.value(for: made[1]) == "x")
        #expect(store.slots[1].value == "x")
    }

    @Test func renameKeepsPositionAndValue() throws {
        var (store, made) = try filled(3)
        let result5 = store.rename(made[1], to: try key("renamed"))
        #expect(result5)
        #expect(keys(store) == ["k0", "renamed", "k2"])
        #expect(store.value(for: try key("renamed")) == "v1")
        let result6 = store.rename(made[0], to: made[2])
        #expect(!result6)
        let result7 = store.rename(try key("absent"), to: try key("other"))
        #expect(!result7)
    }

    @Test func copiesAreIndependent() throws {
        var (store, made) = try filled(3)
        let snapshot = store
        _ = store.upsert(made[0], "changed", newStamp: 10)
        _ = store.remove(made[1])
        #expect(snapshot.value(for: made[0]) == "v0")
        #expect(snapshot.value(for: made[1]) == "v1")
        #expect(store.value(for: made[1]) == nil)
    }

    @Test func nextIndexFollowsHighestNumericIndex() throws {
        var store = NamespaceStore()
        let result8 = store.nextIndex(for: "list")
        #expect(result8 == 0)
        _ = store.upsert(try key("list[0]"), "a", newStamp: 0)
        _ = store.upsert(try key("list[5]"), "b", newStamp: 1)
        _ = store.upsert(try key("other[9]"), "c", newStamp: 2)
        let result9 = store.nextIndex(for: "list")
        #expect(result9 == 6)
        _ = store.remove(try key("list[5]"))
        let result10 = store.nextIndex(for: "list")
        #expect(result10 == 1)
        _ = store.remove(try key("list[0]"))
        let result11 = store.nextIndex(for: "list")
        #expect(result11 == 0)
        let result12 = store.nextIndex(for: "other")
        #expect(result12 == 10)
    }

    @Test func nextIndexCountsEachSpellingOfAnIndex() throws {
        var store = NamespaceStore()
        _ = store.upsert(try key("list__i_7"), "a", newStamp: 0)
        _ = store.upsert(try key("list__i_07"), "b", newStamp: 1)
        _ = store.remove(try key("list__i_07"))
        let result13 = store.nextIndex(for: "list")
        #expect(result13 == 8)
    }

    @Test func nextIndexSurvivesManyChanges() throws {
        var store = NamespaceStore()
        for i in 0..<100 { _ = store.upsert(try key("l[\(i)]"), "", newStamp: i) }
        for round in 0..<50 {
            _ = store.remove(try key("l[0]"))
            _ = store.upsert(try key("l[0]"), "", newStamp: 100 + round)
        }
        let result14 = store.nextIndex(for: "l")
        #expect(result14 == 100)
        for i in stride(from: 99, through: 10, by: -1) { _ = store.remove(try key("l[\(i)]")) }
        let result15 = store.nextIndex(for: "l")
        #expect(result15 == 10)
    }

    @Test func directoriesTrackDottedPrefixes() throws {
        var store = NamespaceStore()
        _ = store.upsert(try key("a.b.c"), "x", newStamp: 0)
        #expect(store.directories.contains("a"))
        #expect(store.directories.contains("a.b"))
        #expect(!store.directories.contains("a.b.c"))
        _ = store.upsert(try key("a.d"), "y", newStamp: 1)
        _ = store.remove(try key("a.b.c"))
        #expect(store.directories.contains("a"))
        #expect(!store.directories.contains("a.b"))
        _ = store.remove(try key("a.d"))
        #expect(!store.directories.contains("a"))
    }
}
