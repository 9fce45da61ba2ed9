extension MeteorError {
    /// A clash error whose hint names the command line's `--overwrite` flag, for `rename`,
    /// `move` and `copy`; any other error is returned as it is.
    ///
    /// The engine's hint says "overwrite" in general terms, since it serves the TUI's keys
    /// as well as the command line.
    ///
    /// - Returns: The error, its hint adjusted.
    func namingOverwriteFlag() -> MeteorError {
        guard kind == .targetExists, let hint, hint.contains("or overwrite") else { return self }
        var copy = self
        copy.diagnostic.hint = hint.replacing("or overwrite", with: "or add --overwrite")
        return copy
    }
}
