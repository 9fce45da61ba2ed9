import Testing

@testable import MeteorKit

@Suite struct StorageTests {
    @Test func emptiedNamespacesAndContextsAreDropped() throws {
        var storage = Storage()
        _ = try storage.upsert(try addr("app:ui:a"), "1", newStamp: 0, limits: .active)
        _ = try storage.upsert(try addr("app:main:b"), "2", newStamp: 1, limits: .active)
        #expect(storage.entryCount == 2)
        _ = storage.remove(try addr("app:ui:a"))
        #expect(storage.namespace(try ctx("app"), try ns("ui")) == nil)
        #expect(storage.sortedNamespaces(in: try ctx("app")) == [try ns("main")])
        _ = storage.remove(try addr("app:main:b"))
        #expect(storage.contexts.isEmpty)
        #expect(storage.isEmpty)
        #expect(storage.entryCount == 0)
    }

    @Test func listingsAreSortedByUTF8() throws {
        var storage = Storage()
        for (i, path) in ["b:z:k", "B:a:k", "a:y:k", "b:Y:k", "b:y_:k", "b:y:k"].enumerated() {
            _ = try storage.upsert(try addr(path), "v", newStamp: i, limits: .active)
        }
        storage.sortAll()
        #expect(storage.sortedContexts.map(\.name) == ["B", "a", "b"])
        #expect(storage.sortedNamespaces(in: try ctx("b")).map(\.name) == ["Y", "y", "y_", "z"])
    }

    @Test func contextLimitNamesLimitAndProfile() throws {
        var limits = Limits.active
        limits.contexts = 2
        var storage = Storage()
        _ = try storage.upsert(try addr("a:n:k"), "v", newStamp: 0, limits: limits)
        _ = try storage.upsert(try addr("b:n:k"), "v", newStamp: 1, limits: limits)
        _ = try storage.upsert(try addr("b:m:k"), "v", newStamp: 2, limits: limits)
        let third = try addr("c:n:k")
        do {
            _ = try storage.upsert(third, "v", newStamp: 3, limits: limits)
            Issue.record("a third context was accepted")
        } catch {
            #expect(error.kind == .limitExceeded)
            #expect(error.diagnostic.limit == .contexts)
            #expect(error.message.contains(limits.profile.rawValue))
        }
        #expect(storage.contexts.count == 2)
    }

    @Test func replaceNamespaceAndContextRoundTrip() throws {
        var storage = Storage()
        _ = try storage.upsert(try addr("app:ui:a"), "1", newStamp: 0, limits: .active)
        _ = try storage.upsert(try addr("app:main:b"), "2", newStamp: 1, limits: .active)
        let context = try ctx("app")
        let old = storage.replace(context, with: nil)
        #expect(storage.isEmpty)
        #expect(old?.count == 2)
        storage.replace(context, with: old)
        #expect(storage.entryCount == 2)
        #expect(storage.value(at: try addr("app:ui:a")) == "1")
        let namespace = storage.replace(context, try ns("ui"), with: nil)
        #expect(namespace?.count == 1)
        #expect(storage.entryCount == 1)
        storage.replace(context, try ns("other"), with: namespace)
        #expect(storage.value(at: try addr("app:other:a")) == "1")
        #expect(storage.entryCount == 2)
    }

    @Test func entryCountPerContext() throws {
        var storage = Storage()
        for (i, path) in ["a:x:1", "a:x:2", "a:y:1", "b:x:1"].enumerated() {
            _ = try storage.upsert(try addr(path), "v", newStamp: i, limits: .active)
        }
        #expect(storage.entryCount(in: try ctx("a")) == 3)
        #expect(storage.entryCount(in: try ctx("zz")) == 0)
    }
}
