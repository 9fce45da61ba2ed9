import ArgumentParser

/// The command line's entry point: parse the arguments with the shared command tree, run
/// the command, and map every outcome to Meteor's exit statuses (2 for usage errors, where
/// argument-parser would use 64).
public enum CommandLineEntry {
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
