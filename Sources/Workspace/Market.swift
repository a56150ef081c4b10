import Foundation
import Support

/// A market profile (`kb/markets/<ID>.yaml`): languages, formats, agent hours, voice and tone rules.
public struct Market: Sendable, Equatable {
    public var id: String
    public var name: String
    /// KB languages of the site, default first.
    public var languages: [String]
    public var locale: String
    public var timezone: String
    public var currency: CurrencyFormat
    public var dates: DateFormats
    public var warehouse: String?
    public var agents: AgentHours
    /// The market's voice per language: its greeting, closing and set lines, and any other phrase it
    /// says differently from kbkit's built-in phrases (docs/WORKSPACE.md, "Phrases").
    public var voice: [String: Voice]
    public var tone: ToneProfile
    /// `currency.locales` and `dates.locales`: the formats of one of the market's languages where
    /// they differ from the market's (Canada: "$24.95" in English, "24,95 $" in French), complete
    /// (what an override leaves out comes from the market's block). Keys are normalised tags.
    public var currencyLocales: [String: CurrencyFormat] = [:]
    public var dateLocales: [String: DateFormats] = [:]
    /// `answer_length.max_sentences`: how many sentences of facts an answer of this market's voice
    /// tells at most (its body, greeting and closing aside); nil: the engine's default.
    public var maxAnswerSentences: Int? = nil

    public var defaultLanguage: String { languages.first ?? "en" }
    public let file: String

    public struct CurrencyFormat: Sendable, Equatable {
        public var code: String
        public var pattern: String
        public var decimal: String
        public var grouping: String
        public var decimals: Int
    }

    public struct DateFormats: Sendable, Equatable {
        public var short: String
        public var long: String?
    }

    /// The currency format for answers in `language` (nil or a language without an override: the market's).
    public func currency(for language: String?) -> CurrencyFormat {
        language.flatMap { currencyLocales[$0] } ?? currency
    }

    /// The date formats for answers in `language` (nil or a language without an override: the market's).
    public func dates(for language: String?) -> DateFormats {
        language.flatMap { dateLocales[$0] } ?? dates
    }

    /// Whether customers of this market write the month before the day (11/24/2026), read from
    /// the market's `dates.short`: true when its first date field is the month ("MM/dd/yyyy").
    /// Reading "04/05" in a customer's message depends on it.
    public var monthFirstDates: Bool {
        Self.monthFirst(dates.short)
    }

    static func monthFirst(_ pattern: String) -> Bool {
        // Quoted literals ('de', 'à') are text, not fields.
        let fields = pattern.split(separator: "'", omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        return fields.first(where: { "dMy".contains($0) }) == "M"
    }

    public struct AgentHours: Sendable, Equatable {
        public var language: String
        public var timezone: String
        public var hours: [Window]
        /// Language → what the assistant tells a customer when it hands off outside the hours (the
        /// store's promise, "we will reply within 12 hours"); in YAML a text in the market's default
        /// language, or a map language → text.
        public var afterHours: [String: String]

        public struct Window: Sendable, Equatable {
            public var days: [String]
            public var open: String
            public var close: String
        }
    }

    public struct Voice: Sendable, Equatable {
        public var greeting: String
        public var closing: String
        public var empathy: String
        public var apology: String
        public var notFound: String
        public var handoff: String
        public var otherLanguage: String
        /// Every phrase of the block, the seven above included: overrides of any phrase key.
        public var phrases: [PhraseKey: String]
    }

    static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    static func load(_ n: YAMLNode) throws(WorkspaceError) -> Market {
        try n.allowOnly(["id", "name", "languages", "locale", "timezone", "currency", "dates", "warehouse", "agents", "voice", "tone", "notes", "answer_length"])
        let id = try n.string("id").uppercased()
        let languageList = try n.required("languages")
        var languages: [String] = []
        for item in try languageList.items() {
            let lang = try item.languageTag()
            guard !languages.contains(lang) else { throw item.error("'\(try item.string())' is '\(lang)', listed twice") }
            languages.append(lang)
        }
        guard !languages.isEmpty else { throw languageList.error("a market needs at least one language") }
        let c = try n.required("currency")
        try c.allowOnly(["code", "pattern", "decimal", "grouping", "decimals", "symbol", "locales"])
        let pattern = try c.string("pattern")
        guard pattern.contains("{amount}") else { throw c["pattern"]!.error("the pattern must contain {amount}") }
        let currency = CurrencyFormat(code: try c.string("code"), pattern: pattern, decimal: try c.optionalString("decimal") ?? ".",
                                      grouping: try c.optionalString("grouping") ?? ",", decimals: try c["decimals"]?.int() ?? 2)
        var currencyLocales: [String: CurrencyFormat] = [:]
        for (lang, o) in try localeOverrides(c, languages: languages) {
            try o.allowOnly(["pattern", "decimal", "grouping", "decimals"])
            let pattern = try o.optionalString("pattern") ?? currency.pattern
            guard pattern.contains("{amount}") else { throw o["pattern"]!.error("the pattern must contain {amount}") }
            currencyLocales[lang] = CurrencyFormat(code: currency.code, pattern: pattern, decimal: try o.optionalString("decimal") ?? currency.decimal,
                                                   grouping: try o.optionalString("grouping") ?? currency.grouping,
                                                   decimals: try o["decimals"]?.int() ?? currency.decimals)
        }
        let d = try n.required("dates")
        try d.allowOnly(["short", "long", "locales"])
        let dates = DateFormats(short: try d.string("short"), long: try d.optionalString("long"))
        var dateLocales: [String: DateFormats] = [:]
        for (lang, o) in try localeOverrides(d, languages: languages) {
            try o.allowOnly(["short", "long"])
            dateLocales[lang] = DateFormats(short: try o.optionalString("short") ?? dates.short, long: try o.optionalString("long") ?? dates.long)
        }
        let a = try n.required("agents")
        try a.allowOnly(["language", "timezone", "hours", "after_hours"])
        let timezone = try a.string("timezone")
        guard TimeZone(identifier: timezone) != nil else { throw a["timezone"]!.error("unknown time zone '\(timezone)' (use an IANA name such as Europe/Paris)") }
        var windows: [AgentHours.Window] = []
        for w in try a.required("hours").items() {
            let days = try w.required("days").strings().map { $0.lowercased() }
            if let bad = days.first(where: { !weekdays.contains($0) }) { throw w.error("'\(bad)' is not a weekday (mon … sun)", field: "\(w.path).days") }
            let open = try w.string("open"), close = try w.string("close")
            for t in [open, close] where minutes(t) == nil { throw w.error("'\(t)' is not a time (HH:MM)") }
            windows.append(.init(days: days, open: open, close: close))
        }
        var voice: [String: Voice] = [:]
        if let v = n["voice"] {
            for (key, p) in try v.entries() {
                // Any phrase key may be given here; the seven voice keys must be.
                let phrases = try PhraseFile.entries(p)
                guard let lang = LanguageTag.normalize(key) else { throw p.error("'\(key)' is not a language tag (e.g. en, de, pt-BR, nb)") }
                voice[lang] = Voice(greeting: try p.string("greeting"), closing: try p.string("closing"), empathy: try p.string("empathy"),
                                                 apology: try p.string("apology"), notFound: try p.string("not_found"), handoff: try p.string("handoff"),
                                                 otherLanguage: try p.string("other_language"), phrases: phrases)
            }
        }
        for lang in languages where voice[lang] == nil {
            throw n.error("no voice phrases for the market's language '\(lang)'", field: "voice.\(lang)")
        }
        let tz = try n.string("timezone")
        guard TimeZone(identifier: tz) != nil else { throw n["timezone"]!.error("unknown time zone '\(tz)'") }
        return Market(id: id, name: try n.optionalString("name") ?? id, languages: languages, locale: try n.string("locale"), timezone: tz,
                      currency: currency, dates: dates, warehouse: try n.optionalString("warehouse"),
                      agents: AgentHours(language: try a.required("language").languageTag(), timezone: timezone, hours: windows,
                                         afterHours: try afterHours(a["after_hours"], defaultLanguage: languages[0])),
                      voice: voice, tone: try ToneProfile.load(n.required("tone"), languages: languages),
                      currencyLocales: currencyLocales, dateLocales: dateLocales,
                      maxAnswerSentences: try answerLength(n["answer_length"]), file: n.file)
    }

    /// `answer_length: {max_sentences: N}`, N at least 1.
    private static func answerLength(_ n: YAMLNode?) throws(WorkspaceError) -> Int? {
        guard let n else { return nil }
        try n.allowOnly(["max_sentences"])
        guard let m = n["max_sentences"] else { return nil }
        let value = try m.int()
        guard value >= 1 else { throw m.error("max_sentences is at least 1") }
        return value
    }

    /// `locales:` of a currency or dates block: language → override, each language one of the market's.
    private static func localeOverrides(_ block: YAMLNode, languages: [String]) throws(WorkspaceError) -> [(String, YAMLNode)] {
        guard let l = block["locales"] else { return [] }
        var out: [(String, YAMLNode)] = []
        for (key, o) in try l.entries() {
            guard let lang = LanguageTag.normalize(key) else { throw o.error("'\(key)' is not a language tag (e.g. en, fr, pt-BR, nb)") }
            guard languages.contains(lang) else {
                throw o.error("'\(key)' is not one of the market's languages (\(languages.joined(separator: ", ")))")
            }
            guard o.isMapping else { throw o.error("expected a map (pattern, decimal, grouping … or short, long)") }
            out.append((lang, o))
        }
        return out
    }

    /// `after_hours`: one text (in the market's default language) or a map language → text.
    static func afterHours(_ n: YAMLNode?, defaultLanguage: String) throws(WorkspaceError) -> [String: String] {
        guard let n else { return [:] }
        if !n.isMapping { return [defaultLanguage: try n.string()] }
        var out: [String: String] = [:]
        for (key, text) in try n.entries() {
            guard let lang = LanguageTag.normalize(key) else { throw text.error("'\(key)' is not a language tag (e.g. en, de, pt-BR, nb)") }
            out[lang] = try text.string()
        }
        return out
    }

    static func minutes(_ hhmm: String) -> Int? {
        let p = hhmm.split(separator: ":")
        guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]), (0...24).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }
}
