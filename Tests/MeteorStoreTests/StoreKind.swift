import Foundation
import Synchronization
import Testing

@testable import MeteorStore

/// The two stores every conformance test runs against.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case file
    case memory

    var testDescription: String { rawValue }

    /// A fresh store and a fresh root directory inside it.
    func make() -> (store: any DocumentStore, root: String) {
        switch self {
        case .file: (FileStore(), TemporaryDirectory.make())
        case .memory: (InMemoryStore(), "/mem/\(UUID().uuidString)")
        }
    }

    /// A store whose atomic writes fail after `bytes` bytes, over `root`.
    func failing(after bytes: Int) -> any DocumentStore {
        switch self {
        case .file: FileStore(writeChunk: FailingWriter(budget: bytes).write)
        case .memory: InMemoryStore(failingWritesAfter: bytes)
        }
    }
}

/// Temporary directories under the system's temporary folder.
enum TemporaryDirectory {
    static func make() -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-store-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// A `write(2)` that lets `budget` bytes through and then fails with ENOSPC, like a disk
/// filling up half-way through a save.
final class FailingWriter: Sendable {
    private let budget: Int
    init(budget: Int) { self.budget = budget }

    var write: ChunkWriter {
        let budget = budget
        let written = ManagedCounter()
        return { fd, buffer in
            let room = budget - written.value
            guard room > 0 else {
                errno = ENOSPC
                return -1
            }
            let count = min(room, buffer.count)
            guard let base = buffer.baseAddress else { return 0 }
            let result = Foundation.write(fd, base, count)
            if result > 0 { written.add(result) }
            return result
        }
    }
}

final class ManagedCounter: Sendable {
    private let storage = Mutex(0)
    var value: Int { storage.withLock { $0 } }
    func add(_ amount: Int) { storage.withLock { $0 += amount } }
}

/// Entries whose values stress the format: quotes, separators, line breaks, tabs, `\r`,
/// emoji, trailing newlines, leading spaces and empty text.
enum Fixtures {
    static let trickyValues: [String] = [
        "click", "", "  padded  ", "a;b", "x :;: y", "say \"hi\"", "it's", "C:\\dir\\file",
        "line one\nline two\n", "tab\there", "cr\r\nlf", "emoji 🚀 ünïcødé", "trailing\n\n",
        "=starts with equals", "#not a comment", "'single'", "\u{1}control", "url=http://x:80/a=b",
    ]

    static func entries(context: String = "app", namespace: String = "ui") throws -> [Entry] {
        try trickyValues.enumerated().map { index, value in
            try entry("\(context):\(namespace):key\(index)", value)
        }
    }

    static func entry(_ path: String, _ value: String) throws -> Entry {
        Entry(try Address(parsing: path), value)
    }
}
