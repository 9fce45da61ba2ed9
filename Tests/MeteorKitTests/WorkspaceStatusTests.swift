import Testing

@testable import MeteorKit

#if DEBUG
    @Suite struct WorkspaceStatusTests {
        @Test func reportsNamespacesScratchCachedQueriesAndOrderedKeys() throws {
            let engine = MeteorEngine()
            try engine.process(meteorStream: "app:ui:a=1;b=2 :;: app:main:c=3 :;: user:x:d=4")
            try engine.execute(.scratchSet(name: "n", value: "v"))
            _ = engine.find(try QueryPattern("*:**:*"))
            let status = engine.workspaceStatus()
            #expect(status.namespaceCount == 3)
            #expect(status.scratchSlotCount == 1)
            #expect(status.cachedQueries == 1)
            #expect(status.orderedKeys == 4)
            #expect(status.tombstones == 0)
        }

        @Test func tombstonesAreCountedUntilReorganized() throws {
            let engine = MeteorEngine()
            for i in 0..<10 { try engine.set("k\(i)", "v") }
            try engine.delete("k3")
            try engine.delete("k5")
            #expect(engine.workspaceStatus().tombstones == 2)
            #expect(engine.workspaceStatus().orderedKeys == 8)
        }
    }
#endif

#if DEBUG && WorkspaceInstrumentation
    @Suite struct WorkspaceInstrumentationTests {
        @Test func countsCacheHitsAndMisses() throws {
            let engine = MeteorEngine()
            try engine.process(meteorStream: "app:ui:a=1;b=2 :;: app:main:c=3")
            let pattern = try QueryPattern("app:**:*")
            _ = engine.find(pattern)
            _ = engine.find(pattern)
            _ = engine.find(pattern)
            try engine.set("app:ui:d", "4")
            _ = engine.find(pattern)
            let status = engine.workspaceStatus()
            #expect(status.cacheHits == 2)
            #expect(status.cacheMisses == 2)
            #expect(status.cacheHitRatio == 0.5)
        }

        @Test func countsIterationsAndKeys() throws {
            let engine = MeteorEngine()
            try engine.process(meteorStream: "app:ui:a=1;b=2;c=3 :;: app:main:d=4")
            #expect(engine.workspaceStatus().iterations == 0)
            _ = Array(engine.entries)
            var status = engine.workspaceStatus()
            #expect(status.iterations == 2)
            #expect(status.keysIterated == 4)
            #expect(status.averageKeysPerIteration == 2)
            _ = Array(engine.meteors())
            _ = engine.meteor(for: .app, try ns("ui"))
            status = engine.workspaceStatus()
            #expect(status.iterations == 5)
            #expect(status.keysIterated == 11)
        }

        @Test func literalQueriesDoNotIterate() throws {
            let engine = MeteorEngine()
            try engine.process(meteorStream: "app:ui:a=1;b=2;c=3")
            _ = engine.find(try QueryPattern("app:ui:b"))
            #expect(engine.workspaceStatus().iterations == 0)
            _ = engine.find(try QueryPattern("app:ui:*"))
            #expect(engine.workspaceStatus().iterations == 1)
            #expect(engine.workspaceStatus().keysIterated == 3)
        }

        @Test func setsAndGetsNeverIterate() throws {
            let engine = MeteorEngine()
            for i in 0..<500 { try engine.set("app:big:k\(i)", "v") }
            for i in 0..<500 { _ = try engine.get("app:big:k\(i)") }
            for i in 0..<250 { try engine.delete("app:big:k\(i)") }
            try engine.set("app:big:list[]", "x")
            #expect(engine.workspaceStatus().iterations == 0)
            #expect(engine.workspaceStatus().keysIterated == 0)
        }

        @Test func ratiosAreZeroWithoutActivity() {
            let status = MeteorEngine().workspaceStatus()
            #expect(status.cacheHitRatio == 0)
            #expect(status.averageKeysPerIteration == 0)
        }
    }
#endif
