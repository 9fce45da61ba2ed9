// The composition root: the only place that knows every concrete type.
//
// `meteor` is the command tree of MeteorCLI. The TUI plugs in here, through
// `TUILauncher.install`, so that MeteorCLI never depends on MeteorTUI or MeteorCurses.

import MeteorCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

TUILauncher.install { request in TUIRunner.run(request) }
let status = CommandLineEntry.run()
exit(status)
