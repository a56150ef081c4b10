/// Searching and replacing text byte for byte, for the engine's and the evaluation's hot paths.
///
/// Foundation's `contains(_:)`, `range(of:)` and `replacingOccurrences(of:with:)` on Linux go through
/// NSString: the text is copied to UTF-16 and compared with canonical equivalence, about 4 µs to
/// look for a three-letter string in a 400-letter sentence and 12 µs to replace one that is not
/// there. Every text kbkit stores and every phrase it ships is NFC (the importer normalises), so
/// comparing UTF-8 bytes finds the same matches at a twentieth of the cost. Not for text that may
/// be in another normal form (a customer's message before normalisation).
extension String {
    /// Whether the text holds `needle`, byte for byte. An empty needle is held by every text.
    public func containsExactly(_ needle: String) -> Bool {
        firstByteOffset(of: needle, from: 0) != nil
    }

    /// The text with every occurrence of `target` replaced by `replacement`, left to right, byte for
    /// byte; the text itself (no copy) when it holds none.
    public func replacingExactly(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, var at = firstByteOffset(of: target, from: 0) else { return self }
        var out: [UInt8] = []
        var copy = self
        copy.withUTF8 { text in
            out.reserveCapacity(text.count + max(0, replacement.utf8.count - target.utf8.count) * 4)
            var start = 0
            while true {
                out.append(contentsOf: text[start..<at])
                out.append(contentsOf: replacement.utf8)
                start = at + target.utf8.count
                guard let next = self.firstByteOffset(of: target, from: start) else { break }
                at = next
            }
            out.append(contentsOf: text[start...])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first occurrence of `needle` at or after `from` (default: the start), byte for byte.
    public func rangeExactly(of needle: String, from: Index? = nil) -> Range<Index>? {
        let start = from.map { utf8.distance(from: startIndex, to: $0) } ?? 0
        guard !needle.isEmpty, let at = firstByteOffset(of: needle, from: start) else { return nil }
        let lower = utf8.index(startIndex, offsetBy: at)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// The parts between the occurrences of `separator`, byte for byte; empty parts are kept, as
    /// Foundation's `components(separatedBy:)` keeps them.
    public func componentsExactly(separatedBy separator: String) -> [String] {
        guard !separator.isEmpty else { return [self] }
        var parts: [String] = []
        var from = startIndex
        while let r = rangeExactly(of: separator, from: from) {
            parts.append(String(self[from..<r.lowerBound]))
            from = r.upperBound
        }
        parts.append(String(self[from...]))
        return parts
    }

    /// Where `needle` first begins at or after byte `from`, as a UTF-8 offset.
    func firstByteOffset(of needle: String, from: Int) -> Int? {
        var text = self, needle = needle
        return text.withUTF8 { t in
            needle.withUTF8 { p in
                guard let first = p.first else { return from <= t.count ? from : nil }
                guard p.count <= t.count else { return nil }
                var i = from
                let last = t.count - p.count
                while i <= last {
                    if t[i] == first {
                        var j = 1
                        while j < p.count && t[i + j] == p[j] { j += 1 }
                        if j == p.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }
}
