/// A market's tone rules, as data (`tone:` in a market profile). Checking them is the Evaluation
/// module's job; here they are loaded and validated (regexes compile, kinds are known).
public struct ToneProfile: Sendable, Equatable {
    public var register: String?
    public var rules: [ToneRule]

    static func load(_ n: YAMLNode, languages: [String]) throws(WorkspaceError) -> ToneProfile {
        try n.allowOnly(["register", "rules"])
        var seen = Set<String>()
        var rules: [ToneRule] = []
        for r in try n.required("rules").items() {
            let rule = try ToneRule.load(r)
            guard seen.insert(rule.id).inserted else { throw r.error("duplicate rule id '\(rule.id)'", field: "\(r.path).id") }
            if let lang = rule.language, !languages.contains(lang) {
                throw r.error("rule for language '\(lang)', which the market does not have (\(languages.joined(separator: ", ")))", field: "\(r.path).lang")
            }
            rules.append(rule)
        }
        return ToneProfile(register: try n.optionalString("register"), rules: rules)
    }
}

public struct ToneRule: Sendable, Equatable {
    public enum Kind: String, Sendable { case forbid, require, limit }
    public enum Match: String, Sendable { case word, `case`, substring, regex }
    public enum Condition: String, Sendable { case upset }
    public enum CountedClass: String, Sendable { case emoji, exclamation }

    public var id: String
    public var language: String?
    public var kind: Kind
    public var match: Match
    public var terms: [String]
    public var countedClass: CountedClass?
    public var max: Int?
    public var when: Condition?
    public var message: String
    public var isWarning: Bool

    static func load(_ r: YAMLNode) throws(WorkspaceError) -> ToneRule {
        try r.allowOnly(["id", "lang", "kind", "match", "terms", "class", "max", "when", "message", "severity"])
        let id = try r.string("id")
        let kindText = try r.string("kind")
        guard let kind = Kind(rawValue: kindText) else { throw r["kind"]!.error("unknown kind '\(kindText)' (forbid, require, limit)") }
        let matchText = try r.optionalString("match") ?? "word"
        guard let match = Match(rawValue: matchText) else { throw r["match"]!.error("unknown match '\(matchText)' (word, case, substring, regex)") }
        let terms = try r["terms"]?.strings() ?? []
        var countedClass: CountedClass?
        if let c = try r.optionalString("class") {
            guard let cc = CountedClass(rawValue: c) else { throw r["class"]!.error("unknown class '\(c)' (emoji, exclamation)") }
            countedClass = cc
        }
        if terms.isEmpty && countedClass == nil { throw r.error("a rule needs `terms` or a `class`") }
        if kind == .limit && r["max"] == nil { throw r.error("a limit rule needs `max`") }
        if match == .regex {
            for t in terms {
                do { _ = try Regex(t) } catch { throw r.error("invalid regular expression '\(t)': \(error)", field: "\(r.path).terms") }
            }
        }
        var when: Condition?
        if let w = try r.optionalString("when") {
            guard let c = Condition(rawValue: w) else { throw r["when"]!.error("unknown condition '\(w)' (upset)") }
            when = c
        }
        let severity = try r.optionalString("severity") ?? "error"
        guard ["error", "warning"].contains(severity) else { throw r["severity"]!.error("severity is error or warning") }
        return ToneRule(id: id, language: try r["lang"]?.languageTag(), kind: kind, match: match, terms: terms,
                        countedClass: countedClass, max: try r["max"]?.int(), when: when,
                        message: try r.optionalString("message") ?? id, isWarning: severity == "warning")
    }
}
