/// The errors the engine itself raises (the rest come from the parsers and validators).
enum EngineErrors {
    /// Nothing exists at a target.
    static func notFound(_ target: PathTarget) -> MeteorError {
        MeteorError(
            .notFound, "\(target.noun) does not exist",
            hint: "list what exists with `find`, e.g. `\(target.context.name):**:*`")
    }

    /// A rename, move or copy target already holds data.
    static func targetExists(_ target: PathTarget) -> MeteorError {
        MeteorError(
            .targetExists, "\(target.noun) already exists",
            hint: "delete it first, or choose another name")
    }

    /// No scratch slot has a name.
    static func noScratchSlot(_ name: String) -> MeteorError {
        MeteorError(
            .notFound, "there is no scratch slot `\(name)`",
            hint: "list the slots with `scratch.list`")
    }

    /// Keys a rename, move or copy would write already hold values.
    ///
    /// - Parameters:
    ///   - first: The first clashing address, in source order.
    ///   - count: How many keys clash.
    /// - Returns: The error.
    static func keysExist(_ first: Address, count: Int) -> MeteorError {
        let others = count > 1 ? " and \(count - 1) more key\(count > 2 ? "s" : "")" : ""
        return MeteorError(
            .targetExists,
            "`\(first)`\(others) already exist\(count > 1 ? "" : "s")",
            hint: "choose another name, or overwrite to replace the existing value"
                + (count > 1 ? "s" : ""))
    }

    /// A move or copy names its own source as the target.
    static func sameNamespace(_ context: Context, _ namespace: Namespace) -> MeteorError {
        MeteorError(
            .targetExists,
            "`\(context.name):\(namespace.name)` is the namespace being moved or copied",
            hint: "choose another namespace name or another context")
    }
}
