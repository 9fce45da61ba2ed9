/// The Meteor engine: entries, the cursor, the command history with undo, scratch slots and
/// views (SPEC §9).
///
/// Set, get and delete cost O(1) on average, even with a million keys in one namespace.
/// Library calls (``set(_:_:)``, ``get(_:)``, ``delete(_:)``) are not
/// recorded; front ends issue every mutation through ``execute(_:)``, which records it and
/// makes it undoable.
///
/// ```swift
/// let engine = MeteorEngine()
/// try engine.set("app:ui:button", "click")
/// try engine.get("app:ui:button")                 // "click"
/// try engine.execute(.set(path: "list[]", value: "a"))   // app:main:list[0]
/// try engine.undo()
/// ```
///
/// An engine is not `Sendable`: one owner uses it at a time.
public final class MeteorEngine {
    /// The limits enforced on every input.
    public let limits: Limits
    /// How strictly setters validate.
    public var options: EngineSetOptions
    /// Where bare tokens are stored.
    ///
    /// Setting it directly is not recorded; use ``EngineCommand/setCursor(_:_:)`` to record a move.
    public var cursor: Cursor = .initial
    /// The command history (a value snapshot).
    public internal(set) var history: History
    /// Called after every successful history record that changed data or scratch slots, and
    /// after every undo and redo.
    public var onChange: ((EngineChange) -> Void)?

    let clock: any EngineClock
    // The hot state below opts out of dynamic exclusivity checks, which cost more than a
    // lookup: it is private to the module, and no engine method holds an access to it while
    // running code that could reach it again (callbacks and `withCursor` bodies run outside
    // any access).
    @exclusivity(unchecked) var storage = Storage()
    @exclusivity(unchecked) var workspace = Workspace()
    /// The changes of the command being run, for history and rollback; nil outside commands,
    /// so library calls pay one nil check.
    @exclusivity(unchecked) var log: ChangeLog?
    /// The next insertion stamp; never decreases, so restored keys keep their places.
    @exclusivity(unchecked) var nextStamp = 0
    /// The next history record id.
    var nextRecordID = 1

    /// Creates an empty engine.
    ///
    /// - Parameters:
    ///   - limits: The limits to enforce; the build's profile by default.
    ///   - options: Setter options; SPEC's defaults by default.
    ///   - clock: The source of history timestamps; the wall clock by default.
    public init(
        limits: Limits = .active, options: EngineSetOptions = EngineSetOptions(),
        clock: any EngineClock = SystemEngineClock()
    ) {
        self.limits = limits
        self.options = options
        self.clock = clock
        self.history = History(capacity: limits.commandHistory)
    }

    /// The limits used to parse paths and streams: the engine's, with the namespace error
    /// depth lifted when ``EngineSetOptions/enforceNamespaceDepth`` is off.
    var parseLimits: Limits {
        guard !options.enforceNamespaceDepth else { return limits }
        var lifted = limits
        lifted.namespaceErrorDepth = .max
        return lifted
    }

    // MARK: - Data

    /// Stores a value at a key path (SPEC §7).
    ///
    /// `list[]` appends. Not recorded in history.
    ///
    /// - Parameters:
    ///   - path: `ctx:ns:key`, `ctx::key`, `ctx:key` or `key`.
    ///   - value: The value.
    /// - Returns: The address stored at, with `list[]` resolved.
    /// - Throws: A path error, ``DiagnosticKind/appendNotPermitted``,
    ///   ``DiagnosticKind/namespaceTooDeep`` or ``DiagnosticKind/limitExceeded``.
    @discardableResult
    public func set(_ path: String, _ value: String) throws(MeteorError) -> Address {
        try store(Address(parsing: path, limits: parseLimits), value).address
    }

    /// Stores a value at an address.
    ///
    /// `list[]` appends. Not recorded in history.
    ///
    /// - Parameters:
    ///   - address: The address.
    ///   - value: The value.
    /// - Returns: The address stored at, with `list[]` resolved.
    /// - Throws: ``DiagnosticKind/appendNotPermitted``, ``DiagnosticKind/namespaceTooDeep``
    ///   or ``DiagnosticKind/limitExceeded``.
    @discardableResult
    public func set(_ address: Address, _ value: String) throws(MeteorError) -> Address {
        try store(address, value).address
    }

    /// Stores a value at the cursor.
    ///
    /// - Parameters:
    ///   - key: The key.
    ///   - value: The value.
    /// - Returns: The address stored at.
    /// - Throws: The same errors as ``set(_:_:)``.
    @discardableResult
    public func storeToken(key: Key, value: String) throws(MeteorError) -> Address {
        try store(Address(cursor.context, cursor.namespace, key), value).address
    }

    /// The value at a key path.
    ///
    /// - Parameter path: A key path (SPEC §7).
    /// - Returns: The value, or nil when absent.
    /// - Throws: A path error, or ``DiagnosticKind/invalidKey`` when the path names a
    ///   namespace or context.
    public func get(_ path: String) throws(MeteorError) -> String? {
        storage.value(at: try Address(parsing: path, limits: parseLimits))
    }

    /// The value at an address.
    ///
    /// - Parameter address: The address.
    /// - Returns: The value, or nil when absent.
    public func get(_ address: Address) -> String? {
        storage.value(at: address)
    }

    /// Whether a path names something that exists: an entry, a non-empty namespace or a
    /// non-empty context.
    ///
    /// - Parameter path: A path (SPEC §7).
    /// - Returns: Whether it exists.
    /// - Throws: A path error.
    public func exists(_ path: String) throws(MeteorError) -> Bool {
        exists(try MeteorPath.parse(path, limits: parseLimits))
    }

    /// Whether a target exists.
    ///
    /// - Parameter target: The target.
    /// - Returns: Whether it exists.
    public func exists(_ target: PathTarget) -> Bool {
        switch target {
        case .key(let address): storage.value(at: address) != nil
        case .namespace(let context, let namespace):
            storage.namespace(context, namespace) != nil
        case .context(let context): storage.contexts[context] != nil
        }
    }

    /// Deletes a key, a namespace or a context.
    ///
    /// Not recorded in history.
    ///
    /// - Parameter target: What to delete.
    /// - Returns: The number of entries removed (0 when nothing was there).
    @discardableResult
    public func delete(_ target: PathTarget) -> Int {
        switch target {
        case .key(let address): removeEntry(address) ? 1 : 0
        case .namespace(let context, let namespace): removeNamespace(context, namespace)
        case .context(let context): removeContext(context)
        }
    }

    /// Deletes what a path names.
    ///
    /// Not recorded in history.
    ///
    /// - Parameter path: A path (SPEC §7).
    /// - Returns: The number of entries removed.
    /// - Throws: A path error.
    @discardableResult
    public func delete(_ path: String) throws(MeteorError) -> Int {
        delete(try MeteorPath.parse(path, limits: parseLimits))
    }

    /// The entries matching a pattern, in listing order (SPEC §8).
    ///
    /// Answers are cached per pattern until the next change to any entry.
    ///
    /// - Parameter pattern: The pattern.
    /// - Returns: The matching entries.
    public func find(_ pattern: QueryPattern) -> [Entry] {
        if let answer = workspace.cachedAnswer(for: pattern) { return answer }
        let answer = search(pattern)
        workspace.cache(answer, for: pattern)
        return answer
    }

    /// The number of entries.
    public var entryCount: Int { storage.entryCount }

    /// The number of keys in a namespace.
    ///
    /// - Parameters:
    ///   - context: The context.
    ///   - namespace: The namespace.
    /// - Returns: The count; 0 when the namespace does not exist.
    public func keyCount(in context: Context, _ namespace: Namespace) -> Int {
        storage.namespace(context, namespace)?.count ?? 0
    }
}
