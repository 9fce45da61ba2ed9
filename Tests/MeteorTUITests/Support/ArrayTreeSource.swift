import MeteorFormat

@testable import MeteorTUI

/// A data source over a plain list of entries, for browser tests.
final class ArrayTreeSource: TreeDataSource {
    private(set) var entries: [(Address, String)] = []
    private(set) var generation = 0

    init(_ lines: [String]) throws {
        for line in lines {
            let parts = line.split(separator: "=", maxSplits: 1)
            let address = try Address(parsing: String(parts[0]))
            entries.append((address, parts.count > 1 ? String(parts[1]) : ""))
        }
    }

    func set(_ path: String, _ value: String) throws {
        let address = try Address(parsing: path)
        if let index = entries.firstIndex(where: { $0.0 == address }) {
            entries[index].1 = value
        } else {
            entries.append((address, value))
        }
        generation += 1
    }

    func remove(_ path: String) throws {
        let address = try Address(parsing: path)
        entries.removeAll { $0.0 == address }
        generation += 1
    }

    func treeContexts() -> [Context] {
        Array(Set(entries.map(\.0.context))).sorted()
    }

    func treeNamespaces(in context: Context) -> [Namespace] {
        Array(Set(entries.filter { $0.0.context == context }.map(\.0.namespace))).sorted()
    }

    func treeKeys(in context: Context, _ namespace: Namespace) -> [Key] {
        entries.filter { $0.0.context == context && $0.0.namespace == namespace }.map(\.0.key)
    }

    func treeKeyCount(in context: Context, _ namespace: Namespace) -> Int {
        treeKeys(in: context, namespace).count
    }

    func treeValue(at address: Address) -> String? {
        entries.first { $0.0 == address }?.1
    }
}
