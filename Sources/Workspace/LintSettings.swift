
/// The `lint:` block of `kbkit.yaml` (docs/WORKSPACE.md, "Lint"): which language translations are
/// compared with, severities, rules turned off, and per-document exceptions. Rule ids are checked
/// against `LintSettings.ruleIDs` so that a typo never silently disables a check.
public struct LintSettings: Sendable, Equatable {
    /// The rules `kbkit lint` knows; the Lint module's `LintRule` enum has exactly these cases.
    public static let ruleIDs = ["facts", "stale", "coverage", "glossary", "tone", "parity", "duplicates"]
    public static let severities = ["error", "warning", "info", "off"]

    /// The language translations are compared with; nil = the default market's first language.
    public var sourceLanguage: String?
    /// rule id → error | warning | info | off (a rule set to off does not run).
    public var severity: [String: String] = [:]
    /// Whether coverage counts evalset cases per cell (`coverage_evalsets`, default true).
    public var coverageEvalsets = true
    public var exceptions: [Exception] = []

    /// A document (`de/returns`, or `returns` for every language, or for the `languages` listed) excused
    /// from some rules, with the reason. Excused from `coverage`, a language version need not exist:
    /// a store that publishes its manuals in some languages only says so once.
    public struct Exception: Sendable, Equatable {
        public var document: String
        public var rules: [String]
        public var reason: String
        /// With an id for `document`: only these language versions (empty = every language).
        public var languages: [String]
        public init(document: String, rules: [String], reason: String, languages: [String] = []) {
            self.document = document
            self.rules = rules
            self.reason = reason
            self.languages = languages
        }
    }

    public init() {}

    static func load(_ node: YAMLNode?) throws(WorkspaceError) -> LintSettings {
        var settings = LintSettings()
        guard let node else { return settings }
        try node.allowOnly(["source_language", "severity", "off", "coverage_evalsets", "exceptions"])
        if let lang = node["source_language"] { settings.sourceLanguage = try lang.languageTag() }
        if let map = node["severity"] {
            for (rule, value) in try map.entries() {
                try checkRule(rule, at: value)
                let level = try value.string()
                guard severities.contains(level) else { throw value.error("severity '\(level)' (error, warning, info, off)") }
                settings.severity[rule] = level
            }
        }
        if let off = node["off"] {
            for rule in try off.strings() {
                try checkRule(rule, at: off)
                settings.severity[rule] = "off"
            }
        }
        if let e = node["coverage_evalsets"] { settings.coverageEvalsets = try e.bool() }
        if let list = node["exceptions"] {
            for item in try list.items() {
                try item.allowOnly(["doc", "langs", "rules", "reason"])
                let rules = try item.required("rules").strings()
                for rule in rules { try checkRule(rule, at: item["rules"]!) }
                let reason = try item.string("reason")
                guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw item.error("an exception needs a reason", field: "\(item.path).reason") }
                let document = try item.string("doc")
                var languages: [String] = []
                for lang in try item["langs"]?.items() ?? [] { languages.append(try lang.languageTag()) }
                if !languages.isEmpty, document.contains("/") {
                    throw item.error("langs lists the languages of a document id; '\(document)' already names one language", field: "\(item.path).langs")
                }
                settings.exceptions.append(Exception(document: document, rules: rules, reason: reason, languages: languages))
            }
        }
        return settings
    }

    private static func checkRule(_ rule: String, at node: YAMLNode) throws(WorkspaceError) {
        guard ruleIDs.contains(rule) else {
            let near = ruleIDs.min { YAMLNode.distance($0, rule) < YAMLNode.distance($1, rule) }
            throw node.error("unknown lint rule '\(rule)'" + (near.map { " (did you mean '\($0)'?)" } ?? "") + " — rules: \(ruleIDs.joined(separator: ", "))")
        }
    }
}
