import Support

/// Small, curated stop-word lists: articles, pronouns, prepositions, conjunctions, auxiliaries and
/// particles, the words that match everywhere and rank nothing. One file per language,
/// `Resources/stopwords/stopwords_<lang>.txt` (docs/RESOURCES.md, "Stop words"), embedded in the
/// binary and read once.
///
/// Kept on purpose (they are not in the lists): question words (how, wann, où, cuándo, 什么时候) —
/// FAQ questions are indexed with extra weight and "how long" vs "how much" is exactly what picks
/// the right one; negations (not, nicht, không, tidak) — "has not arrived" is the message.
/// The lists are written with diacritics; the analyzer folds them the same way it folds text.
enum StopWords {
    static func words(for language: String) -> [String] {
        lists[language] ?? []
    }

    /// A file kbkit ships is well-formed (the tests parse every one); a broken one stops at start-up.
    static let lists: [String: [String]] = {
        var lists: [String: [String]] = [:]
        for (language, bytes) in files {
            lists[language] = BuiltInResource.read { try parse(String(decoding: bytes, as: UTF8.self)) }
        }
        return lists
    }()

    /// The embedded files (Package.swift lists the same ones).
    static let files: [(language: String, bytes: [UInt8])] = [
        ("ar", PackageResources.stopwords_ar_txt), ("cs", PackageResources.stopwords_cs_txt),
        ("de", PackageResources.stopwords_de_txt), ("en", PackageResources.stopwords_en_txt),
        ("es", PackageResources.stopwords_es_txt), ("fil", PackageResources.stopwords_fil_txt),
        ("fr", PackageResources.stopwords_fr_txt), ("hi", PackageResources.stopwords_hi_txt),
        ("id", PackageResources.stopwords_id_txt), ("it", PackageResources.stopwords_it_txt),
        ("ja", PackageResources.stopwords_ja_txt), ("ko", PackageResources.stopwords_ko_txt),
        ("ms", PackageResources.stopwords_ms_txt), ("nl", PackageResources.stopwords_nl_txt),
        ("pl", PackageResources.stopwords_pl_txt), ("pt", PackageResources.stopwords_pt_txt),
        ("ro", PackageResources.stopwords_ro_txt), ("ru", PackageResources.stopwords_ru_txt),
        ("sv", PackageResources.stopwords_sv_txt), ("th", PackageResources.stopwords_th_txt),
        ("tr", PackageResources.stopwords_tr_txt), ("uk", PackageResources.stopwords_uk_txt),
        ("vi", PackageResources.stopwords_vi_txt), ("zh", PackageResources.stopwords_zh_txt),
    ]

    struct Malformed: Error, CustomStringConvertible {
        let line: Int
        let text: String
        var description: String { "line \(line): \"\(text)\" is not one word (one word a line; # starts a comment)" }
    }

    /// One word a line; `#` lines and blank lines skipped. A line holding a space or a tab is not
    /// one word: it throws rather than matching nothing.
    static func parse(_ text: String) throws(Malformed) -> [String] {
        var words: [String] = []
        // "\r\n" is one Character: split on it too.
        for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard !line.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else {
                throw Malformed(line: i + 1, text: String(line))
            }
            words.append(String(line))
        }
        return words
    }
}

/// Whether a word is one of the language's stop words (a preposition, an article…): a column's
/// header that ends with one ("Geeignet für", "Suitable for") is the start of a phrase its cell
/// finishes, not a label.
public enum FunctionWords {
    public static func contains(_ word: String, language: String) -> Bool {
        sets[primaryLanguage(language)]?.contains(word.lowercased()) ?? false
    }

    private static let sets: [String: Set<String>] = StopWords.lists.mapValues { Set($0.map { $0.lowercased() }) }
}
