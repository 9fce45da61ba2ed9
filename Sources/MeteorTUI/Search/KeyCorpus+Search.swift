/// Incremental search: the next key or value holding some text, in document order.
extension KeyCorpus {
    /// The first position at or after `start` (at or before, going backward) whose key label
    /// or value holds the needle, wrapping around the document once.
    ///
    /// - Parameters:
    ///   - needle: The text to find.
    ///   - inValues: Whether to search values instead of key labels.
    ///   - start: The first position to look at; `count` (forward) or `-1` (backward) starts at
    ///     the other end.
    ///   - direction: Which way to go.
    ///   - allowed: Positions the filter shows; nil when there is no filter.
    /// - Returns: The position of the hit.
    /// - Complexity: O(bytes scanned); stops at the first hit, never builds rows.
    func find(
        _ needle: TextNeedle, inValues: Bool, from start: Int, direction: SearchDirection,
        allowed: [Bool]?
    ) -> Int? {
        guard count > 0, !needle.isEmpty else { return nil }
        if inValues {
            var segment = -1
            var range = 0..<0
            var values: [String] = []
            return scan(from: start, direction: direction) { position in
                if let allowed, !allowed[position] { return false }
                if !range.contains(position) {
                    segment = self.segment(at: position)
                    range = segments[segment].positions
                    values = self.values(ofSegment: segment)
                }
                var value = values[position - range.lowerBound]
                return value.withUTF8 { needle.occurs(in: $0) }
            }
        }
        return labels.withUnsafeBufferPointer { labels in
            labelStarts.withUnsafeBufferPointer { starts in
                scan(from: start, direction: direction) { position in
                    if let allowed, !allowed[position] { return false }
                    return needle.occurs(
                        in: UnsafeBufferPointer(
                            rebasing: labels[starts[position]..<starts[position + 1]]))
                }
            }
        }
    }

    /// Visits every position once, from `start` in `direction`, wrapping at the ends, until
    /// `test` holds.
    private func scan(
        from start: Int, direction: SearchDirection, _ test: (Int) -> Bool
    ) -> Int? {
        switch direction {
        case .forward:
            let first = min(max(0, start), count) % count
            var position = first
            repeat {
                if test(position) { return position }
                position += 1
                if position == count { position = 0 }
            } while position != first
        case .backward:
            let first = start < 0 || start >= count ? count - 1 : start
            var position = first
            repeat {
                if test(position) { return position }
                position -= 1
                if position < 0 { position = count - 1 }
            } while position != first
        }
        return nil
    }
}

extension KeyCorpus {
    /// Every position whose key label (or value) holds the needle, in document order: what
    /// the hit counter (`hit 3 / 17`) counts.
    ///
    /// - Parameters:
    ///   - needle: The text to find.
    ///   - inValues: Whether to search values instead of key labels.
    ///   - allowed: Positions the filter shows; nil when there is no filter.
    /// - Returns: The positions.
    /// - Complexity: O(every label's bytes), or O(every value's bytes); the search cache runs
    ///   it once per query and data, never per keystroke.
    func hits(of needle: TextNeedle, inValues: Bool, allowed: [Bool]?) -> [Int32] {
        var hits: [Int32] = []
        guard !needle.isEmpty else { return hits }
        if inValues {
            for (number, segment) in segments.enumerated() {
                for (offset, value) in values(ofSegment: number).enumerated() {
                    let position = segment.start + offset
                    if let allowed, !allowed[position] { continue }
                    var value = value
                    if value.withUTF8({ needle.occurs(in: $0) }) { hits.append(Int32(position)) }
                }
            }
            return hits
        }
        labels.withUnsafeBufferPointer { labels in
            labelStarts.withUnsafeBufferPointer { starts in
                for position in 0..<count {
                    if let allowed, !allowed[position] { continue }
                    let label = UnsafeBufferPointer(
                        rebasing: labels[starts[position]..<starts[position + 1]])
                    if needle.occurs(in: label) { hits.append(Int32(position)) }
                }
            }
        }
        return hits
    }
}
