/// The entries of the engine (or of one context or namespace) in listing order, as a lazy
/// sequence: contexts and namespaces sorted by UTF-8 bytes, keys in first-insertion order
/// (SPEC §9).
///
/// The sequence is a snapshot: it keeps iterating the data as it was when the sequence was
/// made, even if the engine changes meanwhile. Making it costs O(1); a change to the engine
/// while a snapshot is alive copies the part it changes.
///
/// ```swift
/// for entry in engine.entries { print(entry) }   // app:main:button=click …
/// ```
public struct EntrySequence: Sequence {
    private let storage: Storage
    #if WorkspaceInstrumentation
        private let counters: WorkspaceCounters?
    #endif

    #if WorkspaceInstrumentation
        init(storage: Storage, counters: WorkspaceCounters? = nil) {
            self.storage = storage
            self.counters = counters
        }
    #else
        init(storage: Storage) {
            self.storage = storage
        }
    #endif

    init(namespace store: NamespaceStore?, context: Context, namespaceName: Namespace) {
        self.init(storage: Storage(context, namespaceName, store))
    }

    init(context store: Storage.ContextSnapshot?, name: Context) {
        self.init(storage: Storage(name, store))
    }

    /// The number of entries; O(1).
    public var count: Int { storage.entryCount }

    /// The exact number of entries, so collecting into an array allocates once; O(1).
    public var underestimatedCount: Int { storage.entryCount }

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

    /// Iterates entries in listing order.
    public struct Iterator: IteratorProtocol {
        private var walk: NamespaceWalk
        private var context = Context.app
        private var namespace = Namespace.main
        private var slots: [KeySlot] = []
        private var position = 0
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

        /// The next entry.
        ///
        /// - Returns: The entry, or nil at the end.
        public mutating func next() -> Entry? {
            while true {
                while position < slots.count {
                    let slot = slots[position]
                    position += 1
                    if slot.isLive {
                        #if WorkspaceInstrumentation
                            counters?.keysIterated += 1
                        #endif
                        return Entry(Address(context, namespace, slot.key), slot.value)
                    }
                }
                guard let (context, namespace, store) = walk.next() else { return nil }
                self.context = context
                self.namespace = namespace
                slots = store.slots
                position = 0
                #if WorkspaceInstrumentation
                    counters?.iterations += 1
                #endif
            }
        }
    }
}
