import Support
import Foundation

/// A naive-Bayes model over character 1–5-grams within words, per language
/// (`Resources/langid/langid-ngrams.bin`, derived from Lingua's language models by
/// scripts/langid-ngrams.py, whose docstring gives the layout; docs/RESOURCES.md,
/// "Language-ID character n-grams").
///
/// Why: a short line without a word-list hit leaves CLD2 unsure and spread over several languages,
/// so no candidate reached the threshold ("und"); how the letters combine ("ção", "ñ", "cz", "ij")
/// still says which language it is. Each n-gram's log P(last letter | the ones before) is summed
/// per language; an n-gram the file does not hold for a language (rare there, or pruned) costs
/// `unseen` of its order.
///
/// The file is read from the resource bundle on first use (the commands that never identify a
/// language never read it) and used in place: sorted keys, binary search, no parsing.
struct CharacterNGrams: Sendable {
    /// Language tags, by index.
    let languages: [String]
    private let data: Data
    private let count: Int
    private let keysAt: Int
    private let entriesAt: Int
    private let pairsAt: Int
    private let slots: NGramSlots
    /// The longest n-grams the file holds, and what one unit of its scores is worth (1/scale nats).
    let longestOrder: Int
    private let nats: [Double]

    /// The shipped model; nil when the resource bundle is missing (the identifier then goes on
    /// without the n-gram vote).
    static let shared: CharacterNGrams? = BundledResource.data(fileName).flatMap { try? CharacterNGrams(data: $0) }
    static let fileName = "langid-ngrams.bin"

    /// The cost of an n-gram not listed for a language, in nats, by order (1-based): the file keeps
    /// every letter a language uses but only its most frequent longer n-grams.
    static let unseen: [Double] = [0, 12, 7, 6, 5, 4]
    static let maxOrder = 5
    /// Letters read per text: the n-grams decide short lines; a longer text is CLD2's and the
    /// word lists', and reading all of it would cost time for nothing.
    static let letterLimit = 160

    enum FormatError: Error, CustomStringConvertible {
        case header(String)
        case truncated(expected: Int, actual: Int)
        var description: String {
            switch self {
            case .header(let what): "\(CharacterNGrams.fileName): \(what)"
            case .truncated(let expected, let actual): "\(CharacterNGrams.fileName): \(actual) bytes, the header promises \(expected)"
            }
        }
    }

    init(data: Data) throws(FormatError) {
        guard data.count >= 24, data.prefix(4).elementsEqual("KBNG".utf8) else { throw .header("not a KBNG n-gram table") }
        func u32(_ at: Int) -> Int { data.withUnsafeBytes { Int(UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: at, as: UInt32.self))) } }
        guard u32(4) == 2 else { throw .header("version \(u32(4)), expected 2") }
        let languageCount = u32(8), count = u32(12), scale = u32(16)
        guard scale > 0, (1...Self.maxOrder).contains(u32(20)) else { throw .header("scale \(scale), longest order \(u32(20))") }
        longestOrder = u32(20)
        nats = (0..<256).map { Double($0) / Double(scale) }
        let keysAt = 24 + 4 * languageCount, entriesAt = keysAt + 8 * count, pairsAt = entriesAt + 4 * count
        guard data.count >= pairsAt else { throw .truncated(expected: pairsAt, actual: data.count) }
        let last = count == 0 ? 0 : u32(entriesAt + 4 * (count - 1))
        let end = pairsAt + 2 * ((last >> 8) + (last & 0xFF))
        guard data.count >= end else { throw .truncated(expected: end, actual: data.count) }
        languages = (0..<languageCount).map { i in
            String(decoding: data[(data.startIndex + 24 + 4 * i)..<(data.startIndex + 28 + 4 * i)].prefix { $0 != 0 }, as: UTF8.self)
        }
        self.count = count
        self.keysAt = keysAt
        self.entriesAt = entriesAt
        self.pairsAt = pairsAt
        self.data = data
        slots = data.withUnsafeBytes { raw in
            NGramSlots(keys: (0..<count).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: keysAt + 8 * $0, as: UInt64.self)) },
                       entries: (0..<count).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: entriesAt + 4 * $0, as: UInt32.self)) })
        }
    }

    /// The file's key (scripts/langid-ngrams.py, `key`): up to four scalars packed 16 bits each,
    /// first scalar highest; five hashed to 64 bits with the top bit set (five would need 80 bits,
    /// and a second word per key would double the table for a one-in-2⁶³ chance of a false hit).
    /// Nil for longer runs or scalars from U+8000 up, which no model n-gram holds: that keeps a
    /// packed key's top bit clear, so packed and hashed keys never meet.
    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard (1...maxOrder).contains(scalars.count) else { return nil }
        var key: UInt64 = 0
        for s in scalars.prefix(4) {
            guard s.value < 0x8000 else { return nil }
            key = key << 16 | UInt64(s.value)
        }
        guard scalars.count == 5 else { return key }
        let fifth = scalars[scalars.startIndex + 4].value
        guard fifth < 0x8000 else { return nil }
        var z = key ^ (UInt64(fifth) &* 0x9E37_79B9_7F4A_7C15)
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return (z ^ (z >> 31)) | 1 << 63
    }

    /// Per-language log-likelihoods (nats) of a text's letters, and how many n-grams were read.
    struct Likelihoods {
        var perLanguage: [String: Double]
        var ngrams: Int
        /// The likeliest language's mean cost per n-gram (nats): real words of a modelled language
        /// cost about 2–3, a keyboard mash 4–5 (its n-grams are rare or unseen everywhere).
        var bestMeanCost: Double? {
            guard ngrams > 0, let best = perLanguage.values.max() else { return nil }
            return -best / Double(ngrams)
        }
    }

    /// Log-likelihood of the text's letters for the languages `include` admits; empty when the
    /// text has no letters.
    func logLikelihoods(_ lowercased: String, include: (String) -> Bool) -> Likelihoods {
        let included = languages.map(include)
        guard included.contains(true) else { return Likelihoods(perLanguage: [:], ngrams: 0) }
        // Every n-gram costs `unseen` in every language; a listed one gives back the difference.
        var totals = [Double](repeating: 0, count: languages.count)
        var unseenTotal = 0.0
        var ngrams = 0
        var letters = 0
        data.withUnsafeBytes { raw in
            for word in lowercased.split(whereSeparator: { !$0.isLetterQuick }) where letters < Self.letterLimit {
                let scalars = Array(word.unicodeScalars)
                letters += scalars.count
                for n in 1...min(longestOrder, scalars.count) {
                    let unseen = Self.unseen[n]
                    for start in 0...(scalars.count - n) {
                        guard let key = Self.key(scalars[start..<(start + n)]) else { continue }
                        unseenTotal += unseen
                        ngrams += 1
                        guard let entry = slots.entry(key) else { continue }
                        let first = pairsAt + Int(entry >> 8) * 2, end = first + Int(entry & 0xFF) * 2
                        for i in stride(from: first, to: end, by: 2) {
                            totals[Int(raw[i])] += unseen - nats[Int(raw[i + 1])]
                        }
                    }
                }
            }
        }
        guard unseenTotal > 0 else { return Likelihoods(perLanguage: [:], ngrams: 0) }
        var out: [String: Double] = [:]
        for (i, tag) in languages.enumerated() where included[i] { out[tag] = totals[i] - unseenTotal }
        return Likelihoods(perLanguage: out, ngrams: ngrams)
    }

    /// Every key of the file, in its order, and a key's entry found both ways: what the tests hold
    /// `NGramSlots` to.
    var fileKeys: [UInt64] {
        data.withUnsafeBytes { raw in (0..<count).map { UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: keysAt + 8 * $0, as: UInt64.self)) } }
    }
    func entryBySearch(_ key: UInt64) -> UInt32? { data.withUnsafeBytes { find(key, $0) } }
    func entryBySlots(_ key: UInt64) -> UInt32? { slots.entry(key) }

    /// The n-gram's entry (pair start << 8 | pair count) by binary search of the file's sorted keys:
    /// what `NGramSlots` answers in one or two probes (the tests hold them to the same answers).
    func find(_ key: UInt64, _ raw: UnsafeRawBufferPointer) -> UInt32? {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            let k = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: keysAt + 8 * mid, as: UInt64.self))
            if k == key { return UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: entriesAt + 4 * mid, as: UInt32.self)) }
            if k < key { low = mid + 1 } else { high = mid }
        }
        return nil
    }
}
