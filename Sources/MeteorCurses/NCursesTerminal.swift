import CNCursesW
import Glibc
public import MeteorTUI

/// The real terminal: ncursesw in raw mode, wide-character input and output, colours on the
/// terminal's default background, mouse, resize, and a terminal that is always given back.
///
/// Every curses call of the product is in this file and ``CursesKeyTranslator``.
public final class NCursesTerminal: TerminalBackend {
    /// Why the terminal could not be used.
    public enum StartError: Error, CustomStringConvertible {
        /// Standard input or output is not a terminal.
        case notATerminal
        /// ncurses could not start on this terminal type.
        case unknownTerminal(String)

        /// A message for people.
        public var description: String {
            switch self {
            case .notATerminal:
                "the TUI needs a terminal: standard input and output must be a tty"
            case .unknownTerminal(let name):
                "cannot start on terminal type `\(name)`; set TERM (e.g. TERM=xterm-256color)"
            }
        }
    }

    /// The current size in cells.
    public private(set) var size = Size(width: 80, height: 24)
    private let theme: Theme
    private let enablesMouse: Bool
    private var screen: OpaquePointer?
    /// What the terminal shows now; nil when it must be drawn in full.
    var onScreen: ScreenBuffer?
    private var pairs: [Int: Int16] = [:]
    private var usesColor = false
    private var quickErrors = 0
    /// The stream curses writes to while the terminal is in use; control sequences go after it.
    var output: UnsafeMutablePointer<FILE>?
    /// Frames are laid out with the C library's widths, which curses draws by.
    public let cellLayout = CellLayout(table: LocaleWidthTable())

    /// Creates a terminal backend; nothing happens until ``enter()``.
    ///
    /// - Parameters:
    ///   - theme: The styles of the roles; ``Theme/monochrome`` disables colour.
    ///   - enablesMouse: Whether to report mouse clicks and the wheel.
    public init(theme: Theme = .standard, enablesMouse: Bool = true) {
        self.theme = theme
        self.enablesMouse = enablesMouse
    }

    /// Takes over the terminal; does nothing when it is already taken.
    ///
    /// - Throws: ``StartError`` when stdin/stdout are not a tty or `TERM` is unusable.
    public func enter() throws {
        // The loading screen enters before the app does; the app's enter is then a no-op.
        guard screen == nil else { return }
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw StartError.notATerminal
        }
        if let current = setlocale(LC_ALL, ""), String(cString: current).contains("UTF") {
        } else {
            setlocale(LC_ALL, "C.UTF-8")
        }
        TerminalRestorer.install()
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
            let created = newterm(nil, output, input)
        else {
            TerminalRestorer.uninstall()
            throw StartError.unknownTerminal(String(cString: getenv("TERM") ?? strdup("")))
        }
        screen = created
        self.output = output
        set_term(created)
        raw()
        noecho()
        nonl()
        keypad(cnc_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            usesColor = theme != .monochrome
        }
        if enablesMouse {
            mousemask(cnc_all_mouse_events(), nil)
            mouseinterval(0)
        }
        size = Size(width: Int(getmaxx(cnc_stdscr())), height: Int(getmaxy(cnc_stdscr())))
        onScreen = nil
    }

    /// Restores the terminal and drops unread input; safe to call more than once.
    ///
    /// Keys typed while the app was busy would otherwise reach the shell as a command line.
    public func leave() {
        guard let current = screen else { return }
        flushinp()
        if !isendwin() { endwin() }
        tcflush(STDIN_FILENO, TCIFLUSH)
        delscreen(current)
        screen = nil
        output = nil
        TerminalRestorer.uninstall()
    }

    /// Reads one event: a key, a mouse action, a resize, or the end of input.
    ///
    /// - Parameter timeout: How long to wait; nil blocks.
    /// - Returns: The event, or nil on timeout.
    public func nextEvent(timeout: Duration?) -> InputEvent? {
        // SIGTERM, SIGHUP or SIGINT asked us to end: the app quits as if input ended, so it
        // leaves through the normal path (journal kept, terminal restored, temporary files
        // removed).
        if Self.terminationSignal != nil { return .endOfInput }
        let window = cnc_stdscr()
        let milliseconds = timeout.map { Int32(min(60_000, max(0, $0.milliseconds))) } ?? -1
        wtimeout(window, milliseconds)
        let started = ContinuousClock.now
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR {
            if Self.terminationSignal != nil { return .endOfInput }
            // With stdin at EOF, get_wch fails at once forever; a blocking read failing, or
            // many instant failures in a row, mean the terminal is gone.
            let instant = ContinuousClock.now - started < .milliseconds(1)
            quickErrors = instant ? quickErrors + 1 : 0
            if milliseconds < 0 || (milliseconds > 0 && quickErrors > 50) { return .endOfInput }
            return nil
        }
        quickErrors = 0
        if result == KEY_CODE_YES {
            let key = Int32(bitPattern: code)
            if key == KEY_RESIZE {
                size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
                onScreen = nil
                return .resize(size)
            }
            if key == KEY_MOUSE { return mouseEvent() }
            return CursesKeyTranslator.functionKey(key).map(InputEvent.key)
        }
        if code == 27 { return escapeSequence(window) }
        return CursesKeyTranslator.character(code).map(InputEvent.key)
    }

    /// Alt-x arrives as Esc then x; a lone Esc has nothing after it.
    private func escapeSequence(_ window: UnsafeMutablePointer<WINDOW>?) -> InputEvent? {
        wtimeout(window, 0)
        var next: wint_t = 0
        let result = wget_wch(window, &next)
        if result == OK, let key = CursesKeyTranslator.character(next),
            case .character(let character) = key
        {
            return .key(.alt(character))
        }
        if result == KEY_CODE_YES {
            return CursesKeyTranslator.functionKey(Int32(bitPattern: next)).map(InputEvent.key)
        }
        return .key(.escape)
    }

    private func mouseEvent() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & cnc_button4_pressed() != 0 {
            kind = .scrollUp
        } else if state & cnc_button5_pressed() != 0 {
            kind = .scrollDown
        } else if state & cnc_button1_double_clicked() != 0 {
            kind = .doubleClick
        } else if state & (cnc_button1_pressed() | cnc_button1_clicked()) != 0 {
            kind = .leftClick
        } else if state & cnc_button3_clicked() != 0 {
            kind = .rightClick
        } else {
            return nil
        }
        return .mouse(MouseEvent(kind, column: Int(event.x), row: Int(event.y)))
    }

    /// Draws the cells that changed since the last frame, then updates the screen once.
    ///
    /// - Parameters:
    ///   - frame: The whole screen.
    ///   - cursor: Where to show the text cursor, or nil to hide it.
    public func present(_ frame: ScreenBuffer, cursor: (column: Int, row: Int)?) {
        let window = cnc_stdscr()
        for run in frame.changes(since: onScreen) {
            var column = run.columns.lowerBound
            while column < run.columns.upperBound {
                let role = frame[column, run.row].role
                var text: [wchar_t] = []
                let start = column
                while column < run.columns.upperBound, frame[column, run.row].role == role {
                    let cell = frame[column, run.row]
                    if !cell.isContinuation {
                        for scalar in cell.grapheme.unicodeScalars {
                            text.append(wchar_t(bitPattern: scalar.value))
                        }
                    }
                    column += 1
                }
                apply(theme[role], to: window)
                // Writing the bottom-right cell reports ERR (the cursor cannot advance); the
                // cell is drawn all the same.
                _ = mvwaddnwstr(window, Int32(run.row), Int32(start), text, Int32(text.count))
            }
        }
        if let cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
        onScreen = frame
    }

    private func apply(_ style: Style, to window: UnsafeMutablePointer<WINDOW>?) {
        var attributes = cnc_a_normal()
        if style.attributes.contains(.bold) { attributes |= cnc_a_bold() }
        if style.attributes.contains(.dim) { attributes |= cnc_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= cnc_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= cnc_a_underline() }
        if style.attributes.contains(.italic) { attributes |= cnc_a_italic() }
        wattr_set(window, attributes, usesColor ? pair(for: style) : 0, nil)
    }

    /// Colour pairs are allocated on first use and cached; pair 0 is the terminal default.
    private func pair(for style: Style) -> Int16 {
        if style.foreground == .default, style.background == .default { return 0 }
        let key = (style.foreground.rawValue + 1) * 16 + style.background.rawValue + 1
        if let existing = pairs[key] { return existing }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < cnc_color_pairs() else { return 0 }
        init_pair(number, Int16(style.foreground.rawValue), Int16(style.background.rawValue))
        pairs[key] = number
        return number
    }

    /// Leaves curses mode while `body` runs (for `$EDITOR`), then redraws everything.
    ///
    /// - Parameter body: The work.
    /// - Returns: What `body` returns.
    /// - Throws: What `body` throws.
    public func suspended<T>(_ body: () throws -> T) rethrows -> T {
        def_prog_mode()
        endwin()
        var stopAction = sigaction()
        cnc_default_stop_action(&stopAction)
        defer {
            cnc_restore_stop_action(&stopAction)
            reset_prog_mode()
            onScreen = nil
            clearok(cnc_stdscr(), true)
            refresh()
        }
        return try body()
    }
}

extension Duration {
    /// The duration in whole milliseconds.
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1_000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
