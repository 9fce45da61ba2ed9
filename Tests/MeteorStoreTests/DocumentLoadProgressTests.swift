import Testing

@testable import MeteorStore

/// The progress hook of document loading: coarse steps, in order, and cancellation.
@Suite struct DocumentLoadProgressTests {
    /// A document of `count` entries in one namespace, written through the store.
    private func written(_ count: Int, _ kind: StoreKind) throws -> (any DocumentStore, String) {
        let (store, root) = kind.make()
        let path = root + "/big.meteor"
        var lines = "# meteor v1\n"
        for index in 0..<count {
            lines += "app:data:key\(index)=a value to make the line longer \(index)\n"
        }
        try store.write(Array(lines.utf8), to: path, condition: .overwrite)
        return (store, path)
    }

    @Test(arguments: StoreKind.allCases)
    func reportsReadingParsingAndIndexingInOrder(kind: StoreKind) throws {
        let (store, path) = try written(150_000, kind)
        var reports: [DocumentLoadProgress] = []
        let document = try OpenStore(path: path, store: store) { report in
            reports.append(report)
            return true
        }
        #expect(document.engine.entryCount == 150_000)
        #expect(reports.first?.phase == .reading)
        let parsing = reports.filter { $0.phase == .parsing }
        let indexing = reports.filter { $0.phase == .indexing }
        let size = try #require(parsing.last?.total)
        // About one report per megabyte, never one per line.
        #expect(
            parsing.count == (size + DocumentCodec.progressStep - 1) / DocumentCodec.progressStep
                + 1)
        #expect(parsing.map(\.done) == parsing.map(\.done).sorted())
        #expect(parsing.last?.done == size)
        #expect(indexing.map(\.done) == [0, 65_536, 131_072])
        #expect(indexing.allSatisfy { $0.total == 150_000 && $0.fileBytes == size })
        #expect(reports.map(\.phase) == [.reading] + parsing.map(\.phase) + indexing.map(\.phase))
    }

    @Test(arguments: [DocumentLoadProgress.Phase.reading, .parsing, .indexing])
    func returningFalseCancelsWithoutLoading(phase: DocumentLoadProgress.Phase) throws {
        let (store, path) = try written(100_000, .memory)
        do {
            _ = try OpenStore(path: path, store: store) { $0.phase != phase }
            Issue.record("the load was not cancelled in \(phase)")
        } catch {
            #expect(error.kind == .cancelled)
            #expect(error.message.contains("big.meteor` was cancelled at"))
            #expect(error.message.hasSuffix("of \(phase.rawValue)"))
        }
    }

    @Test func aDuplicateIsStillFoundAtItsLineWhenIndexingInChunks() throws {
        let (store, root) = StoreKind.memory.make()
        let path = root + "/dup.meteor"
        var lines = "# meteor v1\n"
        for index in 0..<70_000 { lines += "app:data:key\(index)=v\n" }
        lines += "app:data:key3=again\n"
        try store.write(Array(lines.utf8), to: path, condition: .overwrite)
        #expect {
            _ = try OpenStore(path: path, store: store) { _ in true }
        } throws: { error in
            (error as? MeteorError)?.location?.line == 70_002
        }
    }
}
