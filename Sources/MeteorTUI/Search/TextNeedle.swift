/// A substring matcher over UTF-8 bytes with smart case: text without capital letters matches
/// either case (ASCII), text with one matches exactly.
struct TextNeedle: Sendable, Hashable {
    /// The bytes to find; folded to lower case when ``ignoresCase``.
    let bytes: [UInt8]
    /// Whether ASCII letters match either case.
    let ignoresCase: Bool

    /// Creates a matcher.
    ///
    /// - Parameter text: The text to find.
    init(_ text: String) {
        let raw = Array(text.utf8)
        ignoresCase = !raw.contains { $0 >= 0x41 && $0 <= 0x5A }
        bytes = raw
    }

    /// Whether there is nothing to find.
    var isEmpty: Bool { bytes.isEmpty }

    /// The offset of the first occurrence at or after `start`, or nil.
    ///
    /// - Parameters:
    ///   - text: The bytes to search.
    ///   - start: Where to start.
    /// - Returns: The byte offset of the match.
    /// - Complexity: O(text × needle) at worst; a first-byte test skips most positions.
    func firstOccurrence(in text: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let count = bytes.count
        guard count > 0, text.count - start >= count else { return nil }
        return bytes.withUnsafeBufferPointer { needle in
            let first = needle[0]
            var index = start
            let last = text.count - count
            if ignoresCase {
                while index <= last {
                    if Self.fold(text[index]) == first {
                        var matched = 1
                        while matched < count, Self.fold(text[index + matched]) == needle[matched] {
                            matched += 1
                        }
                        if matched == count { return index }
                    }
                    index += 1
                }
            } else {
                while index <= last {
                    if text[index] == first {
                        var matched = 1
                        while matched < count, text[index + matched] == needle[matched] {
                            matched += 1
                        }
                        if matched == count { return index }
                    }
                    index += 1
                }
            }
            return nil
        }
    }

    /// Whether the text contains the needle.
    ///
    /// - Parameter text: The bytes to search.
    /// - Returns: Whether there is an occurrence.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOccurrence(in: text) != nil
    }

    /// Every non-overlapping occurrence in a string, as byte ranges: what the tree highlights.
    ///
    /// - Parameter text: The text.
    /// - Returns: The byte ranges, in order.
    func occurrences(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { buffer in
            var found: [Range<Int>] = []
            var start = 0
            while let offset = firstOccurrence(in: buffer, from: start) {
                found.append(offset..<offset + bytes.count)
                start = offset + bytes.count
            }
            return found
        }
    }

    /// ASCII lower case.
    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}
