import Foundation
import Glibc
import MeteorCLI
import MeteorConfig
import MeteorCurses
import MeteorExternalEditor
import MeteorResources
import MeteorTUI
import MeteorTUIStore

/// Opens the requested document and runs the full-screen app on the real terminal.
enum TUIRunner {
    static func run(_ request: TUILaunchRequest) -> Int32 {
        var demoFolder: String?
        let status = run(request, demoFolder: &demoFolder)
        // The demo's copy, its journal and its state file go on every way out, a polite
        // SIGTERM included (the app quit through its normal path); only SIGKILL leaves them.
        if let demoFolder { try? FileManager.default.removeItem(atPath: demoFolder) }
        if let signal = NCursesTerminal.terminationSignal {
            // End as the signal asked, so the parent sees it (status 128 + signal).
            Glibc.signal(signal, SIG_DFL)
            raise(signal)
        }
        return status
    }

    private static func run(_ request: TUILaunchRequest, demoFolder: inout String?) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let path: String
        do {
            if request.demo {
                path = try SampleDocument.temporaryCopy()
                demoFolder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            } else if let file = request.file {
                path = file
            } else {
                path = try StoreLocation.resolve(flag: request.store, environment: environment)
            }
        } catch {
            fail("meteor tui: \(error)")
            return 2
        }
        let usesColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        let loaded = ConfigLoader.load(flag: request.config, environment: environment)
        for problem in loaded.problems { fail("meteor tui: config: \(problem)") }
        if !loaded.problems.isEmpty {
            fail("meteor tui: config: using the default keys and colours")
        }
        let theme = loaded.config.theme
        let terminal = NCursesTerminal(theme: usesColor ? theme : theme.withoutColors)
        var state = AppState()
        if var problem = loaded.problems.first {
            // The status bar has no room for a long path; stderr has the whole of it.
            problem.file = String(problem.file.split(separator: "/").last ?? "config")
            problem.hint = nil
            let more = loaded.problems.count > 1 ? " (+\(loaded.problems.count - 1) more)" : ""
            state.status = StatusMessage(
                "config: \(problem)\(more); defaults used", isError: true)
        }
        if let filter = request.filter {
            do {
                // The reducer opens the paths to the matches when the app starts.
                state.browser.filter = try TreeFilter(parsing: filter)
            } catch {
                fail("meteor tui: --filter \(filter): \(error.diagnostic.rendered())")
                return 2
            }
        }
        if request.debugPane {
            state.panes.isWorkspaceEnabled = true
            state.panes.set(.workspace, open: true)
        }
        // The terminal is taken before loading, so a large document shows its progress (and
        // can be cancelled with q or Ctrl-C) instead of a silent wait.
        do {
            try terminal.enter()
        } catch {
            fail("meteor tui: \(error)")
            return 2
        }
        let engine = MeteorEngine()
        let app: App<NCursesTerminal>
        do {
            app = try StoreTUILauncher.makeApp(
                path: path, store: FileStore(), backend: terminal,
                editor: ProcessEditor(environment: environment),
                engine: engine, keymap: loaded.config.keymap, initialState: state,
                commands: InterpreterCommandService(engine: engine, store: FileStore()),
                clipboard: TerminalClipboard(terminal: terminal))
        } catch {
            terminal.leave()
            if error.kind == .cancelled {
                fail("meteor tui: \(error.message)")
                return 0
            }
            fail(error.diagnostic.rendered())
            return error.kind == .ioError || error.kind == .lockHeld ? 4 : 3
        }
        do {
            try app.run()
        } catch {
            fail("meteor tui: \(error)")
            return 2
        }
        return 0
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
