/// The mutable half of an analyzer: ICU break iterator, Snowball stemmer, scratch buffers and a
/// cache of analyzed words. Used by one thread at a time (checked out of `SharedAnalyzer.pool`).
///
/// Speed notes: text is converted once to a UTF-16 buffer (ASCII without ICU), then walked with a
/// 64 K class table; ICU is called only for NFKC_Casefold of non-ASCII text and for runs of
/// dictionary scripts. Word frequencies are Zipfian, so the per-word work (folding, stop words,
/// stemming) is cached by surface form (`WordCache`) and most words cost one hash lookup. Terms are
/// written as UTF-8 bytes into a `TermBuffer`: no `String` is made for a word found in the cache.
final class AnalyzerWorker {
    private let profile: LanguageProfile
    private let classes = CharTable.shared.classPointer
    private let folding = DiacriticFolding.shared
    private let stemmer: SnowballStemmer?
    private lazy var breaker: BreakIterator? = BreakIterator(.word, locale: profile.language == "und" ? "root" : profile.language)

    private var units: [UInt16] = []
    private var normalized: [UInt16] = []
    private var segments: [(Int, Int, Int32)] = []

    /// What `analyzeWord` decides for a new surface form. `term` nil: a stop word.
    private struct Entry { var term: String?; var original: String? }

    /// Everything the inner loops write, moved out of the object for the length of one call and
    /// passed `inout`: the compiler then checks exclusive access statically, instead of the
    /// runtime checks class properties need on every access (they were a tenth of the time).
    private struct State {
        var out = TermBuffer()
        var position = 0
        var cache = WordCache()
        var strings = UTF16StringMaker()
        var scratch: [UInt16] = []
    }
    private var saved = State()
    private static let cacheLimit = 50_000   // ~5 MB per worker; Zipf: the top words are most tokens
    private static let maxWordLength = 64

    // Raw class values (CharTable.Class).
    private static let sep: UInt8 = 0, word: UInt8 = 1, complex: UInt8 = 2, han: UInt8 = 3
    private static let hiragana: UInt8 = 4, katakana: UInt8 = 5, hangul: UInt8 = 6

    init(profile: LanguageProfile) {
        self.profile = profile
        stemmer = profile.stemmer.flatMap { SnowballStemmer(algorithm: $0) }
    }

    deinit { saved.strings.deallocate() }

    /// Appends the terms of `text` to `out`.
    func analyze(_ text: String, into out: inout TermBuffer) {
        var st = saved
        saved = State()
        swap(&st.out, &out)
        st.out.reserveCapacity(bytes: text.utf8.count, terms: text.utf8.count / 5 + 4)
        st.position = 0
        var text = text
        let n = text.withUTF8 { prepare($0) }
        var normalized = self.normalized
        self.normalized = []
        normalized.withUnsafeMutableBufferPointer { all in
            let buf = UnsafeMutableBufferPointer(rebasing: all[0..<n])
            if profile.simplifyHan { ChineseFolding.shared.fold(buf) }
            scan(UnsafeBufferPointer(buf), &st)
        }
        self.normalized = normalized
        if st.cache.count > Self.cacheLimit { st.cache.removeAll() }
        swap(&st.out, &out)
        saved = st
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
        let n = units.withUnsafeBufferPointer { src in
            ICU.normalize(.nfkcCasefold, UnsafeBufferPointer(rebasing: src[0..<n16]), into: &normalized)
        }
        return Self.recomposeSaraAm(&normalized, count: n)
    }

    /// NFKC decomposes Thai SARA AM (ำ, U+0E33) into NIKHAHIT + SARA AA (U+0E4D U+0E32), and Lao
    /// U+0EB3 likewise; ICU's Thai dictionary only knows the composed letter, so "สินค้า ชำรุด" would
    /// segment as สิน|ค้า ชํา|รุด. Recompose them (in place) before segmentation.
    static func recomposeSaraAm(_ buf: inout [UInt16], count: Int) -> Int {
        var w = 0
        var r = 0
        while r < count {
            let u = buf[r]
            if r + 1 < count, (u == 0x0E4D && buf[r + 1] == 0x0E32) || (u == 0x0ECD && buf[r + 1] == 0x0EB2) {
                buf[w] = u == 0x0E4D ? 0x0E33 : 0x0EB3
                r += 2
            } else {
                buf[w] = u
                r += 1
            }
            w += 1
        }
        return w
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

    private func scan(_ buf: UnsafeBufferPointer<UInt16>, _ st: inout State) {
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
                emitWord(buf, i, j, &st)
            } else if cls == Self.complex {
                while j < n, classAt(buf, j).0 == Self.complex { j += classAt(buf, j).1 }
                emitDictionaryRun(buf, i, j, cjk: false, &st)
            } else if cls == Self.hangul {
                while j < n, classAt(buf, j).0 == Self.hangul { j += classAt(buf, j).1 }
                emitHangul(buf, i, j, &st)
            } else {
                while j < n {
                    let c2 = classAt(buf, j)
                    guard c2.0 == Self.han || c2.0 == Self.hiragana || c2.0 == Self.katakana else { break }
                    j += c2.1
                }
                emitDictionaryRun(buf, i, j, cjk: true, &st)
            }
            i = j
        }
    }

    /// Thai/Lao/Khmer/Myanmar (cjk: false) or Han/kana (cjk: true) runs: ICU's dictionary words,
    /// plus, for Han/kana, the bigrams of the run. A dictionary word whose characters all lie in
    /// bigrams is marked `.cjkWord` (the same text can segment differently elsewhere, its bigrams
    /// cannot); a two-character word is its own bigram and is emitted once, as `.bigram`.
    private func emitDictionaryRun(_ buf: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, cjk: Bool, _ st: inout State) {
        let run = UnsafeBufferPointer(rebasing: buf[start..<end])
        segments.removeAll(keepingCapacity: true)
        if let breaker {
            breaker.segments(run) { a, b, status in segments.append((a, b, status)) }
        } else {
            segments.append((0, run.count, 200))
        }
        for (a, b, status) in segments {
            guard WordStatus.isWord(status) || containsLetter(run, a, b) else { continue }
            guard cjk else {
                emitWord(buf, start + a, start + b, &st)
                continue
            }
            let p = st.position
            let isBigram = b - a == 2 && pairEligible(run, a)
            emitWord(buf, start + a, start + b, &st, kind: isBigram ? .bigram : covered(run, a, b) ? .cjkWord : .word)
            // Bigrams starting in this word, including the one that reaches into the next word.
            for k in (isBigram ? a + 1 : a)..<b where pairEligible(run, k) {
                st.out.append(utf16: UnsafeBufferPointer(rebasing: run[k..<(k + 2)]), position: p, kind: .bigram)
            }
        }
    }

    @inline(__always)
    private func pairEligible(_ run: UnsafeBufferPointer<UInt16>, _ k: Int) -> Bool {
        k + 1 < run.count && bigramEligible(run[k]) && bigramEligible(run[k + 1])
    }

    /// Every character of run[a..<b] is part of some bigram of the run.
    private func covered(_ run: UnsafeBufferPointer<UInt16>, _ a: Int, _ b: Int) -> Bool {
        for k in a..<b where !(pairEligible(run, k) || (k > 0 && pairEligible(run, k - 1))) { return false }
        return true
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

    private func emitHangul(_ buf: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ st: inout State) {
        let p = st.position
        emitWord(buf, start, end, &st)
        guard end - start >= 3 else { return }
        for k in start..<(end - 1) {
            st.out.append(utf16: UnsafeBufferPointer(rebasing: buf[k..<(k + 2)]), position: p, kind: .bigram)
        }
    }

    // MARK: words

    private func emitWord(_ buf: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ st: inout State,
                          kind: Token.Kind = .word) {
        defer { st.position += 1 }
        guard end - start <= Self.maxWordLength else { return }
        let surface = UnsafeBufferPointer(rebasing: buf[start..<end])
        let hash = WordCache.hash(surface)
        let found: Int
        if let cached = st.cache.find(surface, hash: hash) {
            found = cached
        } else {
            let entry = analyzeWord(surface, st.strings.string(surface), &st)
            found = st.cache.insert(surface, hash: hash, term: entry.term, original: entry.original)
        }
        st.cache.emit(found, position: st.position, kind: kind, into: &st.out)
    }

    private func analyzeWord(_ surface: UnsafeBufferPointer<UInt16>, _ key: String, _ st: inout State) -> Entry {
        var folded = key
        var changed = false
        if folding.needsFolding(surface) || profile.germanDigraphs {
            st.scratch.removeAll(keepingCapacity: true)
            changed = folding.fold(surface, into: &st.scratch)
            if profile.germanDigraphs { changed = GermanDigraphs.apply(&st.scratch) || changed }
            if changed {
                let scratch = st.scratch
                folded = scratch.withUnsafeBufferPointer { st.strings.string($0) }
            }
        }
        if folded.isEmpty || profile.stopWords.contains(folded) { return Entry(term: nil, original: nil) }
        var term = folded
        if let stemmer {
            term = stemmer.stem(reaccented(folded))
            if term.utf8.contains(where: { $0 >= 0x80 }) { term = folding.fold(term) }
            if term.isEmpty { term = folded }
        } else if let light = profile.suffixStemmer {
            term = light.stem(folded)
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
