import Foundation
import Testing

extension TmuxSession {
    /// What tmux knows of the pane's terminal modes.
    struct Modes: Equatable, CustomStringConvertible {
        /// Application cursor keys (DECCKM), set by curses' keypad mode.
        var keypadCursor: Bool
        /// Application keypad (DECKPAM).
        var keypad: Bool
        /// The alternate screen.
        var alternateScreen: Bool
        /// The cursor is visible.
        var cursorVisible: Bool
        /// Some mouse reporting is on.
        var mouse: Bool

        /// What a shell expects: everything off, cursor shown.
        static let shell = Modes(
            keypadCursor: false, keypad: false, alternateScreen: false, cursorVisible: true,
            mouse: false)

        var description: String {
            "keypadCursor \(keypadCursor) keypad \(keypad) alternate \(alternateScreen) "
                + "cursor \(cursorVisible) mouse \(mouse)"
        }
    }

    /// The pane's terminal modes now.
    func modes() throws -> Modes {
        let flags = try tmux([
            "display", "-p", "-t", "t",
            "#{keypad_cursor_flag} #{keypad_flag} #{alternate_on} #{cursor_flag} #{mouse_any_flag}",
        ]).split(whereSeparator: \.isWhitespace).map { $0 == "1" }
        guard flags.count == 5 else { throw CocoaError(.formatting) }
        return Modes(
            keypadCursor: flags[0], keypad: flags[1], alternateScreen: flags[2],
            cursorVisible: flags[3], mouse: flags[4])
    }

    /// Starts an interactive bash with job control in a new pane, prompt `shell> `.
    func startShell(width: Int = 100, height: Int = 30, environment: [String: String] = [:])
        throws
    {
        let variables = environment.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(Self.shellQuoted($0.value)) " }.joined()
        let script =
            "cd '\(directory.path)' && env TERM=tmux-256color LANG=C.UTF-8 PS1='shell> ' \(variables)bash --norc --noprofile -i"
        try tmux([
            "-f", "/dev/null", "new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
            script,
        ])
        try waitFor("shell>")
    }

    /// A command line that runs the built `meteor` with `arguments`.
    func meteorCommand(_ arguments: [String]) throws -> String {
        let binary = try #require(Self.binary, "the meteor binary was not built")
        return ([binary] + arguments).map(Self.shellQuoted).joined(separator: " ")
    }

    /// Sends a signal (`TERM`, `HUP`) to the `meteor` process the pane's shell started.
    func signalMeteor(_ name: String) throws {
        let pane = try tmux(["display", "-p", "-t", "t", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try shell("pkill -\(name) -P \(pane) -x meteor") == 0)
    }

    /// The entries of a folder of the session's, by prefix.
    func files(in folder: String, prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path(folder))) ?? []
        return names.filter { $0.hasPrefix(prefix) }
    }
}
