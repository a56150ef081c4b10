/// Letters that only a few languages use. Each occurrence (after case folding, before diacritic
/// folding) adds its weight to those languages, so a two-word message with "ñ", "ł" or "ư" gets
/// placed even when no word is in a lexicon. Weights are per occurrence and capped per text in
/// `LanguageIdentifier` so a long text is not decided by letters alone.
enum LetterCues {
    static let table: [Character: [(String, Double)]] = {
        var t: [Character: [(String, Double)]] = [:]
        func add(_ letters: String, _ langs: [(String, Double)]) {
            for c in letters { t[c, default: []].append(contentsOf: langs) }
        }
        add("ñ", [("es", 2.0)])
        add("ãõ", [("pt", 2.0)])
        add("ç", [("fr", 0.7), ("pt", 0.7), ("tr", 0.7)])
        add("ß", [("de", 2.5)])
        add("ä", [("de", 1.0), ("sv", 1.0)])
        add("ö", [("de", 0.8), ("sv", 0.8), ("tr", 0.8)])
        add("ü", [("de", 1.0), ("tr", 1.0)])
        add("å", [("sv", 2.0)])
        add("ąęłśźżćń", [("pl", 2.5)])
        add("ğşı", [("tr", 2.5)])
        add("řůě", [("cs", 2.5)])
        add("ďťň", [("cs", 1.5)])
        add("ýčšž", [("cs", 1.0)])
        add("ășțţ", [("ro", 2.5)])
        add("ă", [("ro", 1.2), ("vi", 1.2)])
        add("î", [("ro", 1.0), ("fr", 0.6)])
        add("â", [("ro", 0.8), ("fr", 0.5), ("pt", 0.5), ("vi", 0.5), ("tr", 0.3)])
        add("ươđ", [("vi", 3.0)])
        // Latin Extended Additional: Vietnamese tone marks on vowels (ạ ả ấ … ỹ).
        for v in 0x1EA0...0x1EF9 { add(String(UnicodeScalar(v)!), [("vi", 2.5)]) }
        add("ê", [("fr", 0.6), ("pt", 0.6), ("vi", 0.6)])
        add("ô", [("fr", 0.6), ("pt", 0.6), ("vi", 0.6)])
        add("è", [("fr", 1.0), ("it", 0.8)])
        add("à", [("fr", 0.8), ("it", 0.8), ("pt", 0.4), ("vi", 0.4)])
        add("ìò", [("it", 1.5), ("vi", 0.5)])
        add("ù", [("it", 1.0), ("fr", 0.6), ("vi", 0.4)])
        add("ûœ", [("fr", 1.5)])
        add("ëï", [("fr", 0.6), ("nl", 0.6)])
        add("é", [("fr", 0.5), ("es", 0.3), ("pt", 0.3), ("it", 0.2), ("cs", 0.3), ("vi", 0.2)])
        add("áíóú", [("es", 0.4), ("pt", 0.4), ("cs", 0.4), ("vi", 0.2)])
        // Cyrillic: Ukrainian і ї є ґ vs. Russian ы э ъ ё.
        add("іїєґ", [("uk", 3.0)])
        add("ыэъё", [("ru", 3.0)])
        // Arabic script: letters Persian and Urdu add.
        add("پچژگ", [("fa", 1.5), ("ur", 1.5)])
        add("ںےٹڈڑھ", [("ur", 3.0)])
        add("ی", [("fa", 1.0), ("ur", 1.0)])
        add("ة", [("ar", 1.0)])
        return t
    }()

    /// Letter groups typical of one or two languages (spelling conventions and frequent endings),
    /// counted once per word. They place words no list knows ("terugstorten" is Dutch by its
    /// "uu"-less "terug" and "ij"-free look no less than by CLD2), and share the cap of the letters.
    static let compiledGroups: [(bytes: [UInt8], hits: [(String, Double)])] = groups.map { (Array($0.0.utf8), $0.1) }

    static let groups: [(String, [(String, Double)])] = [
        ("ij", [("nl", 1.2)]), ("aa", [("nl", 0.7)]), ("uu", [("nl", 0.7)]), ("oe", [("nl", 0.5)]), ("oo", [("nl", 0.4)]),
        ("terug", [("nl", 1.5)]), ("sch", [("de", 0.3), ("nl", 0.3)]), ("cht", [("de", 0.3), ("nl", 0.3)]),
        ("ung", [("de", 0.8)]), ("tz", [("de", 0.6)]), ("pf", [("de", 0.6)]), ("ei", [("de", 0.3), ("nl", 0.3)]),
        ("th", [("en", 0.6)]), ("wh", [("en", 0.6)]), ("ing", [("en", 0.5), ("nl", 0.2)]), ("ght", [("en", 0.8)]),
        ("ción", [("es", 1.0)]), ("cion", [("es", 0.8)]), ("ll", [("es", 0.3)]),
        ("ção", [("pt", 1.5)]), ("ções", [("pt", 1.5)]), ("nh", [("pt", 0.6), ("vi", 0.3)]), ("lh", [("pt", 0.6)]),
        ("zz", [("it", 0.8)]), ("gli", [("it", 0.8)]), ("cch", [("it", 0.8)]), ("zione", [("it", 1.0)]),
        ("eau", [("fr", 1.0)]), ("aux", [("fr", 0.6)]), ("oi", [("fr", 0.3)]),
        ("iyor", [("tr", 1.2)]), ("ler", [("tr", 0.4)]), ("lar", [("tr", 0.4)]), ("mak", [("tr", 0.4)]), ("mek", [("tr", 0.4)]),
        ("sz", [("pl", 0.8)]), ("cz", [("pl", 0.8)]), ("rz", [("pl", 0.8)]), ("dz", [("pl", 0.4)]),
        ("ului", [("ro", 1.0)]), ("ilor", [("ro", 1.0)]),
        ("sj", [("sv", 0.6)]), ("tj", [("sv", 0.5)]),
        ("nya", [("id", 0.6), ("ms", 0.6)]), ("kan", [("id", 0.4), ("ms", 0.4)]),
        ("meng", [("id", 0.6), ("ms", 0.6)]), ("peng", [("id", 0.6), ("ms", 0.6)]),
        ("mag", [("fil", 0.5)]), ("nag", [("fil", 0.6)]), ("pag", [("fil", 0.5)]), ("ng", [("fil", 0.3), ("id", 0.1), ("ms", 0.1)]),
    ]
}
