extension MeteorError {
    /// The error placed at a command-line argument when it is about bad input and has no
    /// place of its own: the engine checks limits (value length, the number of contexts)
    /// and clashes without knowing where the text came from, but the command does.
    ///
    /// - Parameter argument: The argument the input came from; `-` means standard input.
    /// - Returns: The error, located at the argument (`<stdin>` for `-`) or as it was.
    func placed(at argument: String) -> MeteorError {
        guard location == nil, ExitStatus.of(kind) == .invalidInput else { return self }
        return relocated(
            to: argument == "-"
                ? .whole("<stdin>")
                : SourceLocation(column: 1, length: argument.count, lineText: argument))
    }

    /// The error placed at an input file or folder when it is about bad input and has no
    /// place of its own.
    ///
    /// - Parameter file: The file or folder, `<stdin>` for standard input.
    /// - Returns: The error, located at the file or as it was.
    func placed(inFile file: String) -> MeteorError {
        guard location == nil, ExitStatus.of(kind) == .invalidInput else { return self }
        return relocated(to: .whole(file))
    }
}
