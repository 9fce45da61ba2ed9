/// The kind of an ``EngineCommand``, without its arguments: for filtering history and for
/// display.
public enum EngineCommandKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// ``EngineCommand/set(path:value:)``.
    case set
    /// ``EngineCommand/setAddress(_:value:)``.
    case setAddress
    /// ``EngineCommand/delete(path:)``, and a `ctl:delete` run by a library stream call.
    case delete
    /// ``EngineCommand/clearNamespace(_:_:)``.
    case clearNamespace
    /// ``EngineCommand/clearContext(_:)``.
    case clearContext
    /// ``EngineCommand/reset(_:)``, and a `ctl:reset` run by a library stream call.
    case reset
    /// ``EngineCommand/processTokenStream(_:)``.
    case processTokenStream
    /// ``EngineCommand/processMeteorStream(_:)``.
    case processMeteorStream
    /// ``EngineCommand/setCursor(_:_:)``.
    case setCursor
    /// ``EngineCommand/importNamespace(_:_:entries:scratch:)``.
    case importNamespace
    /// ``EngineCommand/importEntries(_:replacing:)``.
    case importEntries
    /// ``EngineCommand/renameKey(from:to:overwrite:)``.
    case renameKey
    /// ``EngineCommand/moveNamespace(from:_:to:_:overwrite:)``.
    case moveNamespace
    /// ``EngineCommand/copyNamespace(from:_:to:_:overwrite:)``.
    case copyNamespace
    /// ``EngineCommand/scratchSet(name:value:)``.
    case scratchSet
    /// ``EngineCommand/scratchAppend(name:text:)``.
    case scratchAppend
    /// ``EngineCommand/scratchRemove(name:)``.
    case scratchRemove
    /// ``EngineCommand/scratchClearAll``.
    case scratchClearAll
}
