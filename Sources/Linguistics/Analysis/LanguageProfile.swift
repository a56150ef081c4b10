/// What the analyzer chain does differently per language. Everything here is immutable and shared.
struct LanguageProfile: Sendable {
    let language: String
    /// Snowball algorithm, nil where none exists or where stemming did not help (see `stemmerName`).
    let stemmer: String?
    /// Folded stop words.
    let stopWords: Set<String>
    /// German: read ae/oe/ue as umlauts.
    let germanDigraphs: Bool
    /// Vietnamese: index the term with its diacritics as well as the folded one.
    let keepUnfolded: Bool
    /// Chinese: Traditional → Simplified.
    let simplifyHan: Bool
    /// Endings restored before stemming (see `reaccent`).
    let reaccent: [(folded: [UInt8], accented: String)]
    /// A light stemmer where Snowball has none and endings are worth stripping (Polish).
    let suffixStemmer: SuffixStemmer?

    init(language: String, lightStemming: Bool = true) {
        let lang = primaryLanguage(language)
        self.language = lang
        stemmer = Self.stemmerName(lang)
        germanDigraphs = lang == "de"
        keepUnfolded = lang == "vi"
        simplifyHan = Self.simplifiesHan(lang)
        reaccent = Self.reaccentRules[lang, default: []].map { (Array($0.0.utf8), $0.1) }
        suffixStemmer = lightStemming ? SuffixStemmer.for(lang) : nil
        var stops: Set<String> = []
        for w in StopWords.words(for: lang) {
            var units = Array(DiacriticFolding.shared.fold(w).utf16)
            if lang == "de" { _ = GermanDigraphs.apply(&units) }
            stops.insert(String(decoding: units, as: UTF16.self))
        }
        stopWords = stops
    }

    /// Whether the language is read in Simplified Han characters, Traditional ones folded to them.
    static func simplifiesHan(_ lang: String) -> Bool { lang == "zh" }

    /// Snowball covers 29 languages here; the rest get no stemmer:
    /// - pl, cs, uk: no Snowball algorithm. Their inflection is rich, but a wrong stemmer (Russian
    ///   for Ukrainian) conflates unrelated words; Polish gets a light stemmer of its case endings
    ///   (`SuffixStemmer.polish`), Czech and Ukrainian match full forms.
    /// - ms: the Indonesian algorithm shares Malay's affixes (meN-, di-, peN-…-an, -kan, -nya); on
    ///   15 Malay word families it conflates 8 completely, surface forms none (MalayStemmingTests).
    /// - fil, vi, th, ja, zh, ko: no inflectional suffixes to strip that a stemmer would know;
    ///   segmentation and bigrams do the work.
    static func stemmerName(_ lang: String) -> String? {
        let names: [String: String] = [
            "en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
            "nl": "dutch", "pt": "portuguese", "ro": "romanian", "sv": "swedish", "ru": "russian",
            "tr": "turkish", "id": "indonesian", "ms": "indonesian", "ar": "arabic", "hi": "hindi",
            "da": "danish", "no": "norwegian", "nb": "norwegian", "fi": "finnish", "hu": "hungarian",
            "el": "greek", "ca": "catalan", "eu": "basque", "ga": "irish", "lt": "lithuanian",
            "ne": "nepali", "sr": "serbian", "ta": "tamil", "hy": "armenian", "yi": "yiddish",
        ]
        guard let name = names[lang], SnowballStemmer.algorithms.contains(name) else { return nil }
        return name
    }

    /// The analyzer folds before it stems (so "devolucion" and "devolución" are the same input),
    /// but some Snowball rules only fire on accented endings (Spanish -ción, Portuguese -ção).
    /// Putting the accent back on these unambiguous endings keeps the stemmer's conflations
    /// (devolución/devoluciones → devolu) for folded text. It is a pure function of the folded
    /// form, so index and query still agree.
    private static let reaccentRules: [String: [(String, String)]] = [
        "es": [("cion", "ción"), ("sion", "sión")],
        "pt": [("coes", "ções"), ("cao", "ção"), ("soes", "sões"), ("sao", "são")],
    ]
}
