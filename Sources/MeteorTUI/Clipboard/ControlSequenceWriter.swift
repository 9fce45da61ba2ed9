/// A terminal that can pass raw control sequences to the terminal emulator, outside the
/// drawing of frames.
///
/// `NCursesTerminal` implements it by flushing curses' output and writing the bytes after it.
public protocol ControlSequenceWriter: AnyObject {
    /// Writes bytes to the terminal as they are.
    ///
    /// - Parameter bytes: The sequence.
    /// - Returns: Whether the bytes were written (false when the terminal is not in use).
    func writeControlSequence(_ bytes: [UInt8]) -> Bool
}
