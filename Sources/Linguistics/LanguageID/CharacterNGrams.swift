/// A naive-Bayes model over character 1–4-grams within words, per language
/// (`Resources/langid/langid-ngrams.tsv`, derived from Lingua's language models by
/// scripts/langid-ngrams.py; docs/RESOURCES.md, "Language-ID character n-grams").
///
/// Why: a short line without a word-list hit leaves CLD2 unsure and spread over several languages,
/// so no candidate reached the threshold ("und"); how the letters combine ("ção", "ñ", "cz", "ij")
/// still says which language it is. Each n-gram's log P(last letter | the ones before) is summed
/// per language; an n-gram the file does not hold for a language (rare there, or pruned) costs
/// `unseen` of its order.
struct CharacterNGrams: Sendable {
    /// Language tags, by index.
    let languages: [String]
    /// n-gram (`key`) → where its scores start in `scores` and how many there are (start << 8 | count).
    /// One flat array rather than a small array per n-gram (one allocation, no pointer chase per hit).
    private let table: [UInt64: UInt32]
    /// Pairs of (language index, −ln P in quarter nats), n-gram after n-gram.
    private let scores: [UInt8]

    static let shared = CharacterNGrams(bytes: PackageResources.langid_ngrams_tsv)

    /// The cost of an n-gram not listed for a language, in nats, by order (1-based): the file keeps
    /// every letter a language uses but only its most frequent longer n-grams.
    static let unseen: [Double] = [0, 12, 7, 6, 5]
    static let maxOrder = 4
    /// Letters read per text: the n-grams decide short lines; a longer text is CLD2's and the
    /// word lists', and reading all of it would cost time for nothing.
    static let letterLimit = 160

    /// Parsed once per process (kbkit's start-up), byte by byte: splitting and converting each pair
    /// cost several times more, and every command pays it.
    init(bytes: [UInt8]) {
        var tags: [String] = []
        var indexOf: [UInt32: UInt8] = [:]   // a tag's ASCII bytes packed
        var table: [UInt64: UInt32] = [:]
        table.reserveCapacity(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        var scores: [UInt8] = []
        scores.reserveCapacity(bytes.count / 3)
        for row in TabSeparated.rows(bytes) {
            precondition(row.fields.count == 2, "langid-ngrams.tsv:\(row.line): expected ngram<TAB>lang:score …")
            var key: UInt64 = 0, letters = 0
            for scalar in row.fields[0].unicodeScalars {
                letters += 1
                guard letters <= Self.maxOrder, scalar.value < 0x10000 else {
                    preconditionFailure("langid-ngrams.tsv:\(row.line): an n-gram of 1–4 letters of the Basic Multilingual Plane")
                }
                key = key << 16 | UInt64(scalar.value)
            }
            precondition(letters > 0, "langid-ngrams.tsv:\(row.line): an empty n-gram")
            let first = scores.count / 2
            // "lang:score lang:score …"
            var tag: UInt32 = 0, tagBytes: [UInt8] = [], score = 0, inScore = false, digits = 0
            func finish() {
                guard inScore, digits > 0, score <= 255, !tagBytes.isEmpty else {
                    preconditionFailure("langid-ngrams.tsv:\(row.line): expected lang:score pairs, got '\(row.fields[1])'")
                }
                let index: UInt8
                if let known = indexOf[tag] { index = known } else {
                    index = UInt8(tags.count)
                    indexOf[tag] = index
                    tags.append(String(decoding: tagBytes, as: UTF8.self))
                }
                scores += [index, UInt8(score)]
                tag = 0; tagBytes.removeAll(keepingCapacity: true); score = 0; inScore = false; digits = 0
            }
            for b in row.fields[1].utf8 {
                switch b {
                case 0x20: finish()
                case 0x3A: inScore = true
                case 0x30...0x39 where inScore: score = score * 10 + Int(b - 0x30); digits += 1
                default:
                    precondition(!inScore && tagBytes.count < 4, "langid-ngrams.tsv:\(row.line): expected lang:score pairs, got '\(row.fields[1])'")
                    tag = tag << 8 | UInt32(b)
                    tagBytes.append(b)
                }
            }
            finish()
            table[key] = UInt32(first) << 8 | UInt32(scores.count / 2 - first)
        }
        languages = tags
        self.table = table
        self.scores = scores
    }

    /// Up to four BMP scalars packed 16 bits each (a hash key without building a String); nil for
    /// longer runs or scalars beyond the BMP, which no model n-gram holds.
    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard (1...maxOrder).contains(scalars.count) else { return nil }
        var key: UInt64 = 0
        for s in scalars {
            guard s.value < 0x10000 else { return nil }
            key = key << 16 | UInt64(s.value)
        }
        return key
    }

    /// Log-likelihood (nats) of the text's letters per language, for the languages `include` admits;
    /// empty when the text has no letters.
    func logLikelihoods(_ lowercased: String, include: (String) -> Bool) -> [String: Double] {
        let included = languages.map(include)
        guard included.contains(true) else { return [:] }
        // Every n-gram costs `unseen` in every language; a listed one gives back the difference.
        var totals = [Double](repeating: 0, count: languages.count)
        var unseenTotal = 0.0
        var letters = 0
        for word in lowercased.split(whereSeparator: { !$0.isLetter }) where letters < Self.letterLimit {
            let scalars = Array(word.unicodeScalars)
            letters += scalars.count
            for n in 1...min(Self.maxOrder, scalars.count) {
                let unseen = Self.unseen[n]
                for start in 0...(scalars.count - n) {
                    guard let key = Self.key(scalars[start..<(start + n)]) else { continue }
                    unseenTotal += unseen
                    guard let entry = table[key] else { continue }
                    let start = Int(entry >> 8) * 2, end = start + Int(entry & 0xFF) * 2
                    for i in stride(from: start, to: end, by: 2) { totals[Int(scores[i])] += unseen - Double(scores[i + 1]) / 4 }
                }
            }
        }
        guard unseenTotal > 0 else { return [:] }
        var out: [String: Double] = [:]
        for (i, tag) in languages.enumerated() where included[i] { out[tag] = totals[i] - unseenTotal }
        return out
    }
}
