/// Shows loading progress on a terminal and notices when the user cancels.
///
/// The loader calls ``report(_:)`` between chunks of work (about every megabyte), on the same
/// thread, so no input is read concurrently with curses and the load needs no lock: each
/// report draws one frame and drains the keys typed since the last one without waiting.
public final class LoadingSession<Backend: TerminalBackend> {
    /// The terminal.
    public let backend: Backend
    /// The last progress shown.
    public private(set) var progress: LoadingProgress
    /// Whether the user asked to stop.
    public private(set) var isCancelled = false
    /// How many loading frames were presented.
    public private(set) var framesShown = 0

    /// Creates a session; the terminal must already be entered.
    ///
    /// - Parameters:
    ///   - backend: The terminal.
    ///   - progress: The first progress to show.
    public init(backend: Backend, progress: LoadingProgress) {
        self.backend = backend
        self.progress = progress
    }

    /// Draws `progress` and checks the keys typed meanwhile.
    ///
    /// - Parameter progress: The progress to show.
    /// - Returns: False when the user cancelled: the loader should stop.
    @discardableResult
    public func report(_ progress: LoadingProgress) -> Bool {
        self.progress = progress
        while !isCancelled, let event = backend.nextEvent(timeout: .zero) {
            if LoadingScreen.cancels(event) { isCancelled = true }
        }
        guard !isCancelled else { return false }
        backend.present(LoadingScreen.render(progress, size: backend.size), cursor: nil)
        framesShown += 1
        return true
    }
}
