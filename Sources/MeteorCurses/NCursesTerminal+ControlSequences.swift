import Glibc
public import MeteorTUI

extension NCursesTerminal: ControlSequenceWriter {
    /// Writes bytes straight to the terminal, after whatever curses has buffered.
    ///
    /// Flushing first keeps them out of half-drawn frames. Used for OSC 52 (the clipboard),
    /// which curses has no call for.
    ///
    /// - Parameter bytes: The sequence.
    /// - Returns: False when the terminal is not in use or the write failed.
    public func writeControlSequence(_ bytes: [UInt8]) -> Bool {
        guard let output else { return false }
        fflush(output)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { buffer in
                write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return false }
            written += result
        }
        return true
    }
}
