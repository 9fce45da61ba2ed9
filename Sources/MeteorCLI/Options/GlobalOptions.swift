public import ArgumentParser

/// The options every subcommand accepts: where the store is, how to write results, and
/// whether to colour them.
///
/// They may be written before the subcommand too (`meteor --format json get k`);
/// ``MeteorCommand/hoistingGlobalOptions(_:)`` moves them to where argument-parser expects
/// them.
public struct GlobalOptions: ParsableArguments, Sendable {
    /// The store file; see ``StoreLocation`` for the default.
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The store file (default: $METEOR_STORE, else $XDG_DATA_HOME/meteor/store.meteor).",
            valueName: "path"))
    public var store: String?

    /// The output format.
    @Option(name: .long, help: "Output format: text, json or debug.")
    public var format: OutputFormat = .text

    /// Whether colour is off regardless of the terminal.
    @Flag(name: .customLong("no-color"), help: "Never colour the output (also NO_COLOR=1).")
    public var noColor = false

    /// Creates the defaults.
    public init() {}

    /// The options that take a value, as written on the command line.
    static let valued: Set<String> = ["--store", "--format"]
    /// The flags, as written on the command line.
    static let flags: Set<String> = ["--no-color"]
}

extension OutputFormat: ExpressibleByArgument {}
