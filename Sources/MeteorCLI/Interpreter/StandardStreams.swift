#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's standard streams: unbuffered writes and terminal checks.
enum StandardStreams {
    /// Writes text to stdout.
    ///
    /// - Parameter text: The text, line breaks included.
    static func out(_ text: String) { write(text, to: 1) }

    /// Writes text to stderr.
    ///
    /// - Parameter text: The text, line breaks included.
    static func error(_ text: String) { write(text, to: 2) }

    /// Whether a descriptor is a terminal.
    ///
    /// - Parameter descriptor: 0, 1 or 2.
    /// - Returns: Whether it is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Reads all of stdin as UTF-8.
    ///
    /// - Returns: The text.
    /// - Throws: ``DiagnosticKind/invalidUTF8`` at `<stdin>:line:column` of the first bad
    ///   byte.
    static func readAll() throws(MeteorError) -> String {
        var bytes: [UInt8] = []
        while case let chunk = readChunk(), !chunk.isEmpty { bytes += chunk }
        return try UTF8Input.decode(bytes, name: "standard input", file: "<stdin>")
    }

    /// Reads what stdin has ready, up to 64 KiB.
    ///
    /// - Returns: The bytes; empty at the end of input (or on a read error).
    static func readChunk() -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            return Array(buffer.prefix(max(0, count)))
        }
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, $0.count - offset)
            }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            offset += count
        }
    }
}
