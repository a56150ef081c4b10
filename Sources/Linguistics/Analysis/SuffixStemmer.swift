/// A light stemmer for a language Snowball has no algorithm for: it strips one inflectional ending
/// of a folded word, the longest that leaves a stem of `minimumStem` letters or more.
///
/// Polish nouns and adjectives change their ending with the case ("paczkomat", "paczkomatu",
/// "paczkomaty", "paczkomatem"; "BLIK", "BLIKIEM"), and a customer who asks to pay "BLIKIEM" or to
/// collect "z paczkomatu" matched none of the knowledge base's "BLIK" and "Paczkomaty" with full
/// forms. Stripping the case endings conflates them. It conflates nothing a stem alternation
/// changes ("paczkomacie") and no verb forms, which is the price of a light stemmer; a full
/// Polish stemmer (Morfologik, Stempel) is not a Debian library. Measured on word families in
/// PolishStemmingTests, and on the evaluation (the gate).
struct SuffixStemmer: Sendable {
    /// The endings, longest first (folded: "ą" and "ę" are "a" and "e").
    let endings: [[UInt8]]
    let minimumStem: Int

    init(endings: [String], minimumStem: Int) {
        self.endings = endings.map { Array($0.utf8) }.sorted { $0.count > $1.count }
        self.minimumStem = minimumStem
    }

    /// Polish case endings of nouns and adjectives (singular and plural), on folded words.
    static let polish = SuffixStemmer(endings: [
        "iami", "iach", "ami", "ach", "iem", "iom", "owi", "ego", "emu", "ymi", "imi", "ych", "ich", "iej",
        "om", "em", "ej", "ym", "im", "ow", "ie", "ia", "iu", "y", "u", "a", "e", "i", "o",
    ], minimumStem: 4)

    /// The light stemmer of a language (its primary subtag); nil for all but Polish.
    static func `for`(_ language: String) -> SuffixStemmer? { language == "pl" ? .polish : nil }

    /// The word without its ending; the word itself when no ending leaves a long enough stem, and
    /// for a word with a digit ("Przelewy24" is a name).
    func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        guard !bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return word }
        let letters = word.count   // (letters, not bytes: a folded word may keep a letter beyond ASCII)
        for ending in endings where bytes.count > ending.count && bytes.suffix(ending.count).elementsEqual(ending)
            && letters - ending.count >= minimumStem {
            return String(decoding: bytes.dropLast(ending.count), as: UTF8.self)
        }
        return word
    }
}
