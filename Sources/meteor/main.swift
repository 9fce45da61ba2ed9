// The composition root: the only place that knows every concrete type.
//
// `meteor` is the command tree of MeteorCLI. The TUI (part 5) plugs in here, through
// `TUILauncher.install { request in … }`, so that MeteorCLI never depends on MeteorTUI or
// MeteorCurses; until then `meteor tui` explains that it is not built yet.

import MeteorCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let status = CommandLineEntry.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
