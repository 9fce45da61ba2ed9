/// A terminal that lives in memory: scripted events in, captured frames out.
///
/// Tests and the benchmark drive the real app with it. When the script runs out it reports
/// ``InputEvent/endOfInput``, so a run always ends.
public final class InMemoryTerminal: TerminalBackend {
    /// The current size; a scripted ``InputEvent/resize(_:)`` changes it.
    public private(set) var size: Size
    /// Every frame presented, in order.
    public private(set) var frames: [ScreenBuffer] = []
    /// Where the cursor was shown with the last frame.
    public private(set) var cursor: (column: Int, row: Int)?
    /// Whether the app currently holds the terminal.
    public private(set) var isEntered = false
    /// How many frames were presented, kept or not.
    public private(set) var presentCount = 0
    /// How many times the app suspended the terminal (for `$EDITOR`).
    public private(set) var suspendCount = 0
    /// How many times the app stopped the program (Ctrl-Z).
    public private(set) var processSuspendCount = 0
    /// How many times the app asked for a full redraw (Ctrl-L).
    public private(set) var invalidateCount = 0
    /// Whether ``suspendProcess()`` reports that the program was stopped.
    public var canSuspendProcess = true
    /// How text is cut into cells: Unicode's widths, unless a test gives a terminal's.
    public var cellLayout: CellLayout
    /// Whether to keep every frame (tests) or only the last (benchmarks).
    public var keepsAllFrames: Bool
    private var events: [InputEvent]
    private var nextIndex = 0

    /// Creates a terminal.
    ///
    /// - Parameters:
    ///   - size: The initial size.
    ///   - events: The events the app will read, in order.
    ///   - keepsAllFrames: Whether to keep every frame, or only the last.
    ///   - cellLayout: How text is cut into cells.
    public init(
        size: Size, events: [InputEvent] = [], keepsAllFrames: Bool = true,
        cellLayout: CellLayout = CellLayout()
    ) {
        self.size = size
        self.events = events
        self.keepsAllFrames = keepsAllFrames
        self.cellLayout = cellLayout
    }

    /// Appends events to the script.
    ///
    /// - Parameter more: The events.
    public func enqueue(_ more: [InputEvent]) {
        events.append(contentsOf: more)
    }

    /// The last frame presented.
    public var lastFrame: ScreenBuffer? { frames.last }

    /// Starts the session; entering again while entered changes nothing.
    public func enter() { isEntered = true }

    /// Ends the session.
    public func leave() { isEntered = false }

    /// Returns the next scripted event; when there is none, ``InputEvent/endOfInput`` for a
    /// blocking read and nil (the timeout passed) for a timed poll.
    ///
    /// - Parameter timeout: Nil for a blocking read; scripted events are always ready.
    /// - Returns: The next event.
    public func nextEvent(timeout: Duration?) -> InputEvent? {
        guard nextIndex < events.count else { return timeout == nil ? .endOfInput : nil }
        let event = events[nextIndex]
        nextIndex += 1
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    /// Captures the frame.
    ///
    /// - Parameters:
    ///   - frame: The frame.
    ///   - cursor: The cursor position, if shown.
    public func present(_ frame: ScreenBuffer, cursor: (column: Int, row: Int)?) {
        presentCount += 1
        if keepsAllFrames {
            frames.append(frame)
        } else {
            frames = [frame]
        }
        self.cursor = cursor
    }

    /// Counts the suspension and runs `body`.
    ///
    /// - Parameter body: The work.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        suspendCount += 1
        return try body()
    }

    /// Counts the stop; reports ``canSuspendProcess``.
    ///
    /// - Returns: ``canSuspendProcess``.
    public func suspendProcess() -> Bool {
        guard canSuspendProcess else { return false }
        processSuspendCount += 1
        return true
    }

    /// Counts the request.
    public func invalidate() { invalidateCount += 1 }
}
