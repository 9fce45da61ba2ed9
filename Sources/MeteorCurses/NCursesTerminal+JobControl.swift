import CNCursesW
import Glibc
import MeteorTUI

extension NCursesTerminal {
    /// The signal (SIGTERM, SIGHUP, SIGINT) that asked the program to end, if one arrived.
    ///
    /// The first such signal does not kill the program: ``nextEvent(timeout:)`` reports the end
    /// of input, the app quits through its normal path, and the caller re-raises the signal
    /// after cleaning up. A second one ends the program at once.
    public static var terminationSignal: Int32? {
        let signal = TerminalRestorer.terminationSignal
        return signal == 0 ? nil : signal
    }

    /// Leaves curses mode and stops the program, as Ctrl-Z does in a cooked terminal; takes the
    /// terminal back and redraws everything when the shell continues it.
    ///
    /// - Returns: False, with nothing changed, when SIGTSTP is ignored (a shell without job
    ///   control started us, and nothing could continue a stopped program).
    public func suspendProcess() -> Bool {
        guard cnc_can_stop() != 0 else { return false }
        def_prog_mode()
        endwin()
        fflush(output)
        cnc_stop_until_continued()
        reset_prog_mode()
        invalidate()
        refresh()
        return true
    }

    /// Forgets what the screen shows: the next frame repaints every cell.
    public func invalidate() {
        onScreen = nil
        clearok(cnc_stdscr(), true)
    }
}
