import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line's entry point: parse the arguments with the shared command tree, run
/// the command, and map every outcome to Meteor's exit statuses (2 for usage errors, where
/// argument-parser would use 64).
public enum CommandLineEntry {
    /// Runs `meteor` with the process's own arguments, read as the raw bytes the shell
    /// passed: `CommandLine.arguments` has already turned bytes that are not UTF-8 into
    /// U+FFFD, which would then be stored without a word.
    ///
    /// - Returns: The exit status; 3 when an argument is not UTF-8.
    public static func run() -> Int32 {
        var raw: [[UInt8]] = []
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            raw.append(Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument))))
        }
        do {
            return run(try decode(raw))
        } catch {
            StandardStreams.error(CommandFailure(error).rendered() + "\n")
            return ExitStatus.invalidInput.rawValue
        }
    }

    /// Decodes raw arguments, refusing the first that is not UTF-8.
    ///
    /// - Parameter raw: The arguments after the program name, as bytes.
    /// - Returns: The arguments.
    /// - Throws: ``DiagnosticKind/invalidUTF8`` naming the argument (1-based, after the
    ///   program name) and the offset of its first bad byte.
    static func decode(_ raw: [[UInt8]]) throws(MeteorError) -> [String] {
        var arguments: [String] = []
        for (index, bytes) in raw.enumerated() {
            arguments.append(try UTF8Input.decode(bytes, name: "argument \(index + 1)"))
        }
        return arguments
    }

    /// Runs `meteor` with arguments.
    ///
    /// - Parameter arguments: The arguments after the program name.
    /// - Returns: The exit status.
    public static func run(_ arguments: [String]) -> Int32 {
        let words = MeteorCommand.hoistingGlobalOptions(arguments)
        do {
            var command = try MeteorCommand.parseAsRoot(words)
            try command.run()
            return ExitStatus.success.rawValue
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            if MeteorCommand.exitCode(for: error) == .success {
                StandardStreams.out(MeteorCommand.fullMessage(for: error) + "\n")
                return ExitStatus.success.rawValue
            }
            if let unknown = CommandSuggestion.unknownCommand(words) {
                StandardStreams.error(TextRendering.failure(unknown) + "\n")
                return ExitStatus.usage.rawValue
            }
            StandardStreams.error(MeteorCommand.fullMessage(for: error) + "\n")
            return ExitStatus.usage.rawValue
        }
    }
}
