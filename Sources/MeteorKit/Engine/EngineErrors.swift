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
}
