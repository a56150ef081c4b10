/// The mutable half of an analyzer: ICU break iterator, Snowball stemmer, scratch buffers and a
/// cache of analyzed words. Used by one thread at a time (checked out of `SharedAnalyzer.pool`).
///
/// Speed notes: text is converted once to a UTF-16 buffer (ASCII without ICU), then walked with a
/// 64 K class table; ICU is called only for NFKC_Casefold of non-ASCII text and for runs of
/// dictionary scripts. Word frequencies are Zipfian, so the per-word work (folding, stop words,
/// stemming) is cached by surface form and most words cost one hash lookup.
final class AnalyzerWorker {
    private let profile: LanguageProfile
    private let classes = CharTable.shared.classPointer
    private let folding = DiacriticFolding.shared
    private let stemmer: SnowballStemmer?
    private lazy var breaker: BreakIterator? = BreakIterator(.word, locale: profile.language == "und" ? "root" : profile.language)

    private var units: [UInt16] = []
    private var normalized: [UInt16] = []
    private var scratch: [UInt16] = []
    private var out: [Token] = []
    private var position = 0
    private var segments: [(Int, Int, Int32)] = []
    private var strings = UTF16StringMaker()

    /// Surface form → analyzed terms. `term` nil: a stop word.
    private struct Entry { var term: String?; var original: String? }
    private var cache: [String: Entry] = [:]
    private static let cacheLimit = 100_000
    private static let maxWordLength = 64

    // Raw class values (CharTable.Class).
    private static let sep: UInt8 = 0, word: UInt8 = 1, complex: UInt8 = 2, han: UInt8 = 3
    private static let hiragana: UInt8 = 4, katakana: UInt8 = 5, hangul: UInt8 = 6

    init(profile: LanguageProfile) {
        self.profile = profile
        stemmer = profile.stemmer.flatMap { SnowballStemmer(algorithm: $0) }
    }

    deinit { strings.deallocate() }

    func analyze(_ text: String) -> [Token] {
        out = []
        out.reserveCapacity(text.utf8.count / 5 + 4)
        position = 0
        var text = text
        let n = text.withUTF8 { prepare($0) }
        normalized.withUnsafeMutableBufferPointer { all in
            let buf = UnsafeMutableBufferPointer(rebasing: all[0..<n])
            if profile.simplifyHan { ChineseFolding.shared.fold(buf) }
            scan(UnsafeBufferPointer(buf))
        }
        if cache.count > Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        let result = out
        out = []
        return result
    }

    // MARK: normalization

    /// Fills `normalized` with the NFKC_Casefold form of the text; returns its length.
    private func prepare(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii {
            if normalized.count < bytes.count { normalized = [UInt16](repeating: 0, count: bytes.count + 64) }
            normalized.withUnsafeMutableBufferPointer { dst in
                for i in 0..<bytes.count {
                    let b = bytes[i]
                    dst[i] = UInt16(b &+ ((b &- 0x41) < 26 ? 0x20 : 0))
                }
            }
            return bytes.count
        }
        let n16 = ICU.utf16(bytes, into: &units)
        return units.withUnsafeBufferPointer { src in
            ICU.normalize(.nfkcCasefold, UnsafeBufferPointer(rebasing: src[0..<n16]), into: &normalized)
        }
    }

    // MARK: segmentation

    @inline(__always)
    private func classAt(_ buf: UnsafeBufferPointer<UInt16>, _ i: Int) -> (UInt8, Int) {
        let u = buf[i]
        if u & 0xF800 != 0xD800 { return (classes[Int(u)], 1) }
        if u < 0xDC00, i + 1 < buf.count, buf[i + 1] & 0xFC00 == 0xDC00 {
            let scalar = 0x10000 + ((UInt32(u) - 0xD800) << 10) + (UInt32(buf[i + 1]) - 0xDC00)
            let cls = CharTable.shared.classOf(scalar: scalar).rawValue
            return (cls, 2)
        }
        return (Self.sep, 1)
    }

    private func scan(_ buf: UnsafeBufferPointer<UInt16>) {
        let n = buf.count
        var i = 0
        while i < n {
            let (cls, w) = classAt(buf, i)
            if cls == Self.sep { i += w; continue }
            var j = i + w
            if cls == Self.word {
                // Inner loop of the common case: stay on the table while code units are plain BMP.
                while j < n {
                    let u = buf[j]
                    if u & 0xF800 != 0xD800 {
                        if classes[Int(u)] != Self.word { break }
                        j += 1
                    } else {
                        let (c2, w2) = classAt(buf, j)
                        if c2 != Self.word { break }
                        j += w2
                    }
                }
                emitWord(buf, i, j)
            } else if cls == Self.complex {
                while j < n, classAt(buf, j).0 == Self.complex { j += classAt(buf, j).1 }
                emitDictionaryRun(buf, i, j, cjk: false)
            } else if cls == Self.hangul {
                while j < n, classAt(buf, j).0 == Self.hangul { j += classAt(buf, j).1 }
                emitHangul(buf, i, j)
            } else {
                while j < n {
                    let c2 = classAt(buf, j)
                    guard c2.0 == Self.han || c2.0 == Self.hiragana || c2.0 == Self.katakana else { break }
                    j += c2.1
                }
                emitDictionaryRun(buf, i, j, cjk: true)
            }
            i = j
        }
    }

    /// Thai/Lao/Khmer/Myanmar (cjk: false) or Han/kana (cjk: true) runs: ICU's dictionary words,
    /// plus, for Han/kana, the bigrams of the run.
    private func emitDictionaryRun(_ buf: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, cjk: Bool) {
        let run = UnsafeBufferPointer(rebasing: buf[start..<end])
        segments.removeAll(keepingCapacity: true)
        if let breaker {
            breaker.segments(run) { a, b, status in segments.append((a, b, status)) }
        } else {
            segments.append((0, run.count, 200))
        }
        for (a, b, status) in segments {
            guard WordStatus.isWord(status) || containsLetter(run, a, b) else { continue }
            let p = position
            emitWord(buf, start + a, start + b)
            guard cjk else { continue }
            for k in (start + a)..<(start + b) where k + 1 < end {
                guard bigramEligible(buf[k]), bigramEligible(buf[k + 1]) else { continue }
                if k == start + a && b - a == 2 { continue }       // the word itself
                out.append(Token(term: strings.string(UnsafeBufferPointer(rebasing: buf[k..<(k + 2)])),
                                 position: p, kind: .bigram))
            }
        }
    }

    private func containsLetter(_ run: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        for k in a..<b where classAt(run, k).0 != Self.sep { return true }
        return false
    }

    /// Han and katakana pairs make bigrams; pairs with hiragana (particles, verb endings) would
    /// mostly index grammar, and surrogate halves are not characters.
    @inline(__always)
    private func bigramEligible(_ u: UInt16) -> Bool {
        if u & 0xF800 == 0xD800 { return false }
        let c = classes[Int(u)]
        return c == Self.han || c == Self.katakana
    }

    private func emitHangul(_ buf: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) {
        let p = position
        emitWord(buf, start, end)
        guard end - start >= 3 else { return }
        for k in start..<(end - 1) {
            out.append(Token(term: strings.string(UnsafeBufferPointer(rebasing: buf[k..<(k + 2)])),
                             position: p, kind: .bigram))
        }
    }

    // MARK: words

    private func emitWord(_ buf: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) {
        defer { position += 1 }
        guard end - start <= Self.maxWordLength else { return }
        let surface = UnsafeBufferPointer(rebasing: buf[start..<end])
        let key = strings.string(surface)
        let entry: Entry
        if let cached = cache[key] {
            entry = cached
        } else {
            entry = analyzeWord(surface, key)
            cache[key] = entry
        }
        guard let term = entry.term else { return }
        out.append(Token(term: term, position: position))
        if let original = entry.original {
            out.append(Token(term: original, position: position, kind: .original))
        }
    }

    private func analyzeWord(_ surface: UnsafeBufferPointer<UInt16>, _ key: String) -> Entry {
        var folded = key
        var changed = false
        if folding.needsFolding(surface) || profile.germanDigraphs {
            scratch.removeAll(keepingCapacity: true)
            changed = folding.fold(surface, into: &scratch)
            if profile.germanDigraphs { changed = GermanDigraphs.apply(&scratch) || changed }
            if changed { folded = scratch.withUnsafeBufferPointer { strings.string($0) } }
        }
        if folded.isEmpty || profile.stopWords.contains(folded) { return Entry(term: nil, original: nil) }
        var term = folded
        if let stemmer {
            term = stemmer.stem(reaccented(folded))
            if term.utf8.contains(where: { $0 >= 0x80 }) { term = folding.fold(term) }
            if term.isEmpty { term = folded }
        }
        return Entry(term: term, original: profile.keepUnfolded && changed ? key : nil)
    }

    private func reaccented(_ folded: String) -> String {
        guard !profile.reaccent.isEmpty else { return folded }
        let bytes = Array(folded.utf8)
        for rule in profile.reaccent where bytes.count > rule.folded.count + 2 && bytes.suffix(rule.folded.count).elementsEqual(rule.folded) {
            return String(decoding: bytes.dropLast(rule.folded.count), as: UTF8.self) + rule.accented
        }
        return folded
    }
}
