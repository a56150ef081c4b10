import Foundation

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

        /// Whether the market writes the month before the day ("MM/dd/yyyy"): its customers' "11/21"
        /// is November 21.
        public var monthFirst: Bool {
            let fields = short.filter { $0 == "M" || $0 == "d" }
            return fields.first == "M"
        }
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
        try n.allowOnly(["id", "name", "languages", "locale", "timezone", "currency", "dates", "warehouse", "agents", "voice", "tone", "notes"])
        let id = try n.string("id").uppercased()
        let languages = try n.required("languages").strings().map { $0.lowercased() }
        guard !languages.isEmpty else { throw try n.required("languages").error("a market needs at least one language") }
        let c = try n.required("currency")
        try c.allowOnly(["code", "pattern", "decimal", "grouping", "decimals", "symbol"])
        let pattern = try c.string("pattern")
        guard pattern.contains("{amount}") else { throw c["pattern"]!.error("the pattern must contain {amount}") }
        let currency = CurrencyFormat(code: try c.string("code"), pattern: pattern, decimal: try c.optionalString("decimal") ?? ".",
                                      grouping: try c.optionalString("grouping") ?? ",", decimals: try c["decimals"]?.int() ?? 2)
        let d = try n.required("dates")
        let dates = DateFormats(short: try d.string("short"), long: try d.optionalString("long"))
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
            for (lang, p) in try v.entries() {
                // Any phrase key may be given here; the seven voice keys must be.
                let phrases = try PhraseFile.entries(p)
                voice[lang.lowercased()] = Voice(greeting: try p.string("greeting"), closing: try p.string("closing"), empathy: try p.string("empathy"),
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
                      agents: AgentHours(language: try a.string("language").lowercased(), timezone: timezone, hours: windows,
                                         afterHours: try afterHours(a["after_hours"], defaultLanguage: languages[0])),
                      voice: voice, tone: try ToneProfile.load(n.required("tone"), languages: languages), file: n.file)
    }

    /// `after_hours`: one text (in the market's default language) or a map language → text.
    static func afterHours(_ n: YAMLNode?, defaultLanguage: String) throws(WorkspaceError) -> [String: String] {
        guard let n else { return [:] }
        if !n.isMapping { return [defaultLanguage: try n.string()] }
        var out: [String: String] = [:]
        for (lang, text) in try n.entries() { out[lang.lowercased()] = try text.string() }
        return out
    }

    static func minutes(_ hhmm: String) -> Int? {
        let p = hhmm.split(separator: ":")
        guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]), (0...24).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }
}
