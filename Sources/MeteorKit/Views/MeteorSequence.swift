/// One ``Meteor`` per non-empty namespace, in listing order, as a lazy sequence (SPEC §9).
///
/// It never stops early: an emptied context is simply not there, so iteration goes on to
/// the next one. Like ``EntrySequence`` it iterates a snapshot.
public struct MeteorSequence: Sequence {
    private let storage: Storage
    #if WorkspaceInstrumentation
        private let counters: WorkspaceCounters?

        init(storage: Storage, counters: WorkspaceCounters?) {
            self.storage = storage
            self.counters = counters
        }
    #else
        init(storage: Storage) {
            self.storage = storage
        }
    #endif

    /// Creates an iterator.
    ///
    /// - Returns: An iterator over the snapshot.
    public func makeIterator() -> Iterator {
        #if WorkspaceInstrumentation
            Iterator(walk: NamespaceWalk(storage), counters: counters)
        #else
            Iterator(walk: NamespaceWalk(storage))
        #endif
    }

    /// Iterates meteors in listing order.
    public struct Iterator: IteratorProtocol {
        private var walk: NamespaceWalk
        #if WorkspaceInstrumentation
            private let counters: WorkspaceCounters?

            init(walk: NamespaceWalk, counters: WorkspaceCounters?) {
                self.walk = walk
                self.counters = counters
            }
        #else
            init(walk: NamespaceWalk) {
                self.walk = walk
            }
        #endif

        /// The next meteor.
        ///
        /// - Returns: The meteor, or nil at the end.
        public mutating func next() -> Meteor? {
            while let (context, namespace, store) = walk.next() {
                #if WorkspaceInstrumentation
                    counters?.iterations += 1
                    counters?.keysIterated += store.count
                #endif
                if let meteor = store.meteor(context, namespace) { return meteor }
            }
            return nil
        }
    }
}

extension NamespaceStore {
    /// The namespace as a meteor, or nil when empty.
    func meteor(_ context: Context, _ namespace: Namespace) -> Meteor? {
        var pairs: [Meteor.Pair] = []
        pairs.reserveCapacity(count)
        for slot in slots where slot.isLive { pairs.append(Meteor.Pair(slot.key, slot.value)) }
        return Meteor(context: context, namespace: namespace, pairs: pairs)
    }
}
