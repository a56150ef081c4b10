import Foundation

/// The analyzer's cache of analyzed words: a surface form (the word's UTF-16 code units, as
/// segmented from normalized text) → its term and, where the language keeps it, its unfolded
/// original; or "stop word". Word frequencies are Zipfian, so most words of a text are found here
/// and cost one hash and one comparison of code units.
///
/// Why not a `[String: …]` dictionary: its key is a new `String` per word (transcoded from UTF-16),
/// hashed through Unicode normalization for any non-ASCII word, and its values are strings to
/// retain and release; that was about a quarter of the index's analysis. Here the surfaces and
/// the results live in two arrays and the table holds offsets into them. Keys are compared by
/// code units, not by canonical equivalence: segments come from NFKC-normalized text, so two
/// spellings of one word do not meet here in practice, and if they did each would be analysed on
/// its own (the dictionary answered whichever came first).
struct WordCache {
    private struct Entry {
        var hash: UInt64
        var surfaceStart: Int32, surfaceEnd: Int32
        /// `results[termStart..<termEnd]`: the term; `results[termEnd..<originalEnd]`: the original.
        var termStart: Int32, termEnd: Int32, originalEnd: Int32
        var isStopWord: Bool
    }

    /// Entry index, or -1; a power of two, allocated on the first insert (the analyzer makes an empty
    /// cache as a placeholder on every call, which must cost nothing).
    private var slots: [Int32] = []
    private var entries: [Entry] = []
    private var surfaces: [UInt16] = []
    private var results: [UInt8] = []

    var count: Int { entries.count }

    /// Four code units at a time, then a final mix for the low bits the table indexes with. FNV-1a,
    /// one code unit at a time, is a chain of dependent multiplies: it was a third of `emitWord`, the
    /// analyzer's busiest function. (Only this process's table sees the hash: it can change freely.)
    static func hash(_ surface: UnsafeBufferPointer<UInt16>) -> UInt64 {
        let n = surface.count
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(n)
        guard let base = surface.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 4 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i * 2, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 4
        }
        if i < n {
            var tail: UInt64 = 0
            for k in i..<n { tail = tail << 16 | UInt64(base[k]) }
            h = (h ^ tail) &* 0x9E37_79B9_7F4A_7C15
        }
        h ^= h >> 32
        h &*= 0xD6E8_FEB8_6659_FD93
        return h ^ (h >> 32)
    }

    /// The entry for `surface`, if it was analysed before.
    func find(_ surface: UnsafeBufferPointer<UInt16>, hash: UInt64) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        return surfaces.withUnsafeBufferPointer { known in
            while true {
                let e = Int(slots[i])
                if e < 0 { return nil }
                let entry = entries[e]
                if entry.hash == hash, Int(entry.surfaceEnd - entry.surfaceStart) == surface.count,
                   surface.isEmpty || Self.equal(known.baseAddress! + Int(entry.surfaceStart), surface.baseAddress!, surface.count) {
                    return e
                }
                i = (i + 1) & mask
            }
        }
    }

    /// `count` code units at `a` and `b` are the same. Inline, eight bytes at a time: a word is a
    /// few code units, and the call to libc's memcmp for each (which replaced the generic
    /// elementsEqual, a tenth of the lookup) was still 3 % of the index build's CPU.
    @inline(__always)
    private static func equal(_ a: UnsafePointer<UInt16>, _ b: UnsafePointer<UInt16>, _ count: Int) -> Bool {
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        var i = 0
        while i + 4 <= count {
            if ra.loadUnaligned(fromByteOffset: i * 2, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i * 2, as: UInt64.self) {
                return false
            }
            i += 4
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// Records the analysis of a new surface (`term` nil: a stop word); returns its entry.
    mutating func insert(_ surface: UnsafeBufferPointer<UInt16>, hash: UInt64, term: String?, original: String?) -> Int {
        if (entries.count + 1) * 2 > slots.count { grow() }
        let surfaceStart = Int32(surfaces.count)
        surfaces.append(contentsOf: surface)
        let termStart = Int32(results.count)
        if let term { results.append(contentsOf: term.utf8) }
        let termEnd = Int32(results.count)
        if let original { results.append(contentsOf: original.utf8) }
        entries.append(Entry(hash: hash, surfaceStart: surfaceStart, surfaceEnd: Int32(surfaces.count),
                             termStart: termStart, termEnd: termEnd, originalEnd: Int32(results.count), isStopWord: term == nil))
        place(entries.count - 1)
        return entries.count - 1
    }

    /// Appends an entry's term (with `kind`) and its original, if any, to `out`.
    func emit(_ e: Int, position: Int, kind: Token.Kind, into out: inout TermBuffer) {
        let entry = entries[e]
        guard !entry.isStopWord else { return }
        results.withUnsafeBufferPointer { r in
            out.append(UnsafeBufferPointer(rebasing: r[Int(entry.termStart)..<Int(entry.termEnd)]), position: position, kind: kind)
            if entry.originalEnd > entry.termEnd {
                out.append(UnsafeBufferPointer(rebasing: r[Int(entry.termEnd)..<Int(entry.originalEnd)]), position: position, kind: .original)
            }
        }
    }

    /// Forgets every entry, keeping the memory.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
        surfaces.removeAll(keepingCapacity: true)
        results.removeAll(keepingCapacity: true)
        for i in slots.indices { slots[i] = -1 }
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: entries[e].hash) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(e)
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: max(1024, slots.count * 2))
        for e in entries.indices { place(e) }
    }
}
