import Foundation
import MeteorCLI
import MeteorCurses
import MeteorResources
import MeteorTUI

/// Opens the requested document and runs the full-screen app on the real terminal.
enum TUIRunner {
    static func run(_ request: TUILaunchRequest) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let path: String
        do {
            if request.demo {
                path = try SampleDocument.temporaryCopy()
            } else if let file = request.file {
                path = file
            } else {
                path = try StoreLocation.resolve(flag: request.store, environment: environment)
            }
        } catch {
            fail("meteor tui: \(error)")
            return 2
        }
        let document: Document
        do {
            document = try Document(path: path, store: FileStore())
        } catch {
            fail(error.diagnostic.rendered())
            return error.kind == .ioError || error.kind == .lockHeld ? 4 : 3
        }
        let usesColor = environment["NO_COLOR"].map(\.isEmpty) ?? true
        let terminal = NCursesTerminal(theme: usesColor ? .standard : .monochrome)
        var state = AppState()
        // Open the contexts so the first screen shows the shape of the data.
        for context in document.engine.contexts { state.browser.expanded.insert(.context(context)) }
        if let filter = request.filter {
            do {
                // The reducer opens the paths to the matches when the app starts.
                state.browser.filter = try TreeFilter(parsing: filter)
            } catch {
                fail("meteor tui: --filter \(filter): \(error.diagnostic.rendered())")
                return 2
            }
        }
        let app = App(
            backend: terminal, document: StoreTUIDocument(document), editor: ProcessEditor(),
            initialState: state)
        do {
            try app.run()
        } catch {
            fail("meteor tui: \(error)")
            return 2
        }
        if request.demo { print("the demo document was \(path)") }
        return 0
    }

    private static func fail(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
