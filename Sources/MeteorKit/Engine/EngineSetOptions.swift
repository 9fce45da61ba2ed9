/// How strictly the engine's setters validate (SPEC §9).
///
/// ```swift
/// let engine = MeteorEngine(options: EngineSetOptions(permitAppend: false, strict: true))
/// ```
public struct EngineSetOptions: Hashable, Sendable, Codable {
    /// Whether `list[]` resolves to the next free index.
    ///
    /// When false it is an ``DiagnosticKind/appendNotPermitted`` error. Default true.
    public var permitAppend: Bool
    /// Whether a namespace at the profile's error depth is rejected.
    ///
    /// When false, deep namespaces are accepted (they still warn). Default true.
    public var enforceNamespaceDepth: Bool
    /// Whether warnings (such as a deep namespace) are errors.
    ///
    /// Default false.
    public var strict: Bool

    /// Creates options; the defaults are SPEC's.
    ///
    /// - Parameters:
    ///   - permitAppend: Whether `list[]` is resolved (default true).
    ///   - enforceNamespaceDepth: Whether the error depth is enforced (default true).
    ///   - strict: Whether warnings are errors (default false).
    public init(permitAppend: Bool = true, enforceNamespaceDepth: Bool = true, strict: Bool = false)
    {
        self.permitAppend = permitAppend
        self.enforceNamespaceDepth = enforceNamespaceDepth
        self.strict = strict
    }
}
