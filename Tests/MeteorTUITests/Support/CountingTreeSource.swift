import MeteorKit

@testable import MeteorTUI

/// An engine seen through a ``TreeDataSource`` that counts how often whole namespaces are
/// listed, so tests can prove a step rebuilt nothing without timing it.
final class CountingTreeSource: TreeDataSource {
    let engine: MeteorEngine
    /// Calls that list a namespace's keys or values: each one is O(keys in the namespace).
    private(set) var namespaceListings = 0

    init(_ engine: MeteorEngine) {
        self.engine = engine
    }

    var generation: Int { engine.generation }
    var keysGeneration: Int { engine.keysGeneration }

    func treeContexts() -> [Context] { engine.treeContexts() }

    func treeNamespaces(in context: Context) -> [Namespace] {
        engine.treeNamespaces(in: context)
    }

    func treeKeys(in context: Context, _ namespace: Namespace) -> [Key] {
        namespaceListings += 1
        return engine.treeKeys(in: context, namespace)
    }

    func treeKeyCount(in context: Context, _ namespace: Namespace) -> Int {
        engine.treeKeyCount(in: context, namespace)
    }

    func treeValue(at address: Address) -> String? { engine.treeValue(at: address) }

    func treeValues(in context: Context, _ namespace: Namespace) -> [String] {
        namespaceListings += 1
        return engine.treeValues(in: context, namespace)
    }
}
