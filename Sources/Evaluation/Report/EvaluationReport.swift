import AnswerEngine

/// The result of one `kbkit eval` run: what `report.json` holds and every other report renders.
/// Deterministic: apart from `createdAt` and the latency metrics, the same workspace and evalsets give
/// the same report byte for byte (every collection is sorted).
public struct EvaluationReport: Sendable, Codable, Equatable {
    public var kbkitVersion: String
    public var workspace: String
    public var createdAt: String
    public var engine: String
    public var evalsets: [String]
    public var overall: Metrics
    public var markets: [String: Metrics]
    public var languages: [String: Metrics]
    public var intents: [String: Metrics]
    /// Per intent: precision, recall, F1 and support (expected count), sorted by intent.
    public var intentTable: [IntentMetrics]
    /// expected intent → predicted intent → count.
    public var confusion: [String: [String: Int]]
    /// Per market: the tone rules that fail most, most frequent first.
    public var toneFailures: [String: [ToneFailureCount]]
    /// Every case, in evalset order; failures spell out expected vs got.
    public var cases: [CaseResult]
    /// Present when run with a baseline.
    public var comparison: BaselineComparison?
    /// Present when run with `--compare-generators`: the embedded answers beside the generator's.
    public var generators: GeneratorComparison?
    /// Present when run with `--judge`: the model that judged how naturally the answers read.
    public var judge: String?

    public init(kbkitVersion: String, workspace: String, createdAt: String, engine: String, evalsets: [String], overall: Metrics,
                markets: [String: Metrics], languages: [String: Metrics], intents: [String: Metrics], intentTable: [IntentMetrics],
                confusion: [String: [String: Int]], toneFailures: [String: [ToneFailureCount]], cases: [CaseResult],
                comparison: BaselineComparison? = nil) {
        self.kbkitVersion = kbkitVersion; self.workspace = workspace; self.createdAt = createdAt; self.engine = engine
        self.evalsets = evalsets; self.overall = overall; self.markets = markets; self.languages = languages; self.intents = intents
        self.intentTable = intentTable; self.confusion = confusion; self.toneFailures = toneFailures; self.cases = cases
        self.comparison = comparison
    }

    enum CodingKeys: String, CodingKey {
        case kbkitVersion = "kbkit_version", workspace, createdAt = "created_at", engine, evalsets, overall, markets, languages, intents
        case intentTable = "intent_table", confusion, toneFailures = "tone_failures", cases, comparison, generators, judge
    }
}

/// DESIGN.md's metric names. A metric is nil when no case of the group measures it (no case expects
/// sources: no hit@k). Rates are 0…1.
public struct Metrics: Sendable, Codable, Equatable {
    public var cases: Int
    public var passRate: Double?
    public var languageAccuracy: Double?
    public var intentAccuracy: Double?
    public var hitAt1: Double?
    public var hitAt5: Double?
    public var mrr: Double?
    public var ndcgAt5: Double?
    public var factRecall: Double?
    public var forbiddenRate: Double?
    public var tonePassRate: Double?
    public var escalationPrecision: Double?
    public var escalationRecall: Double?
    public var actionAccuracy: Double?
    public var latencyP50Ms: Double?
    public var latencyP95Ms: Double?
    /// How the answers read (ReadingCheck): how many have each problem. Not one of DESIGN.md's
    /// metric names, so not in `named` (tables, gates and comparisons list those).
    public var reading: ReadingMetrics?
    /// With `--judge`: the mean of the judged scores (1–5; nil when none was judged) and how many
    /// answers have one. An opinion of a model, outside `named` like `reading`: never gated or compared.
    public var readsNaturally: Double?
    public var judged: Int?

    public init(cases: Int) { self.cases = cases }

    enum CodingKeys: String, CodingKey {
        case cases, passRate = "pass_rate", languageAccuracy = "language_accuracy", intentAccuracy = "intent_accuracy"
        case hitAt1 = "hit_at_1", hitAt5 = "hit_at_5", mrr, ndcgAt5 = "ndcg_at_5", factRecall = "fact_recall"
        case forbiddenRate = "forbidden_rate", tonePassRate = "tone_pass_rate", escalationPrecision = "escalation_precision"
        case escalationRecall = "escalation_recall", actionAccuracy = "action_accuracy", latencyP50Ms = "latency_p50_ms"
        case latencyP95Ms = "latency_p95_ms", reading, readsNaturally = "reads_naturally", judged
    }

    /// The metric names in DESIGN.md's order, with their values (for tables, gates and comparisons).
    public var named: [(name: String, value: Double?)] {
        [("pass_rate", passRate), ("language_accuracy", languageAccuracy), ("intent_accuracy", intentAccuracy),
         ("hit_at_1", hitAt1), ("hit_at_5", hitAt5), ("mrr", mrr), ("ndcg_at_5", ndcgAt5), ("fact_recall", factRecall),
         ("forbidden_rate", forbiddenRate), ("tone_pass_rate", tonePassRate), ("escalation_precision", escalationPrecision),
         ("escalation_recall", escalationRecall), ("action_accuracy", actionAccuracy), ("latency_p50_ms", latencyP50Ms),
         ("latency_p95_ms", latencyP95Ms)]
    }

    /// Metrics where lower is better (for colours and regression direction).
    public static let lowerIsBetter: Set<String> = ["forbidden_rate", "latency_p50_ms", "latency_p95_ms"]
}

public struct IntentMetrics: Sendable, Codable, Equatable {
    public var intent: String
    public var precision: Double?
    public var recall: Double?
    public var f1: Double?
    public var support: Int
    public init(intent: String, precision: Double?, recall: Double?, f1: Double?, support: Int) {
        self.intent = intent; self.precision = precision; self.recall = recall; self.f1 = f1; self.support = support
    }
}

public struct ToneFailureCount: Sendable, Codable, Equatable {
    public var rule: String
    public var message: String
    public var count: Int
    public init(rule: String, message: String, count: Int) { self.rule = rule; self.message = message; self.count = count }
}

/// One case: what was expected, what the engine did, which checks failed and why.
public struct CaseResult: Sendable, Codable, Equatable {
    public var id: String
    public var evalset: String
    public var market: String
    public var turns: [String]
    public var tags: [String]
    public var passed: Bool
    /// One line per failed check, e.g. "intent: expected returns.policy, got shipping.times".
    public var failures: [String]
    public var expected: Expected
    public var got: Got
    public var tone: ToneOutcome
    /// The engine's trace of the last turn (step → short description), for the report's details.
    public var trace: [TraceLine]
    public var latencyMs: Double
    /// Who wrote the last answer, its tokens and time, and the fallback or guardrail that fired.
    public var generation: EngineAnswer.Generation?
    /// How the answer reads (ReadingCheck); nil in reports written before the checks existed.
    public var reading: ReadingOutcome?
    /// With `--judge`: the judge model's score of the answer, or why it has none. Never part of `passed`.
    public var readsNaturally: JudgedNaturalness?

    public init(id: String, evalset: String, market: String, turns: [String], tags: [String], passed: Bool, failures: [String],
                expected: Expected, got: Got, tone: ToneOutcome, trace: [TraceLine], latencyMs: Double) {
        self.id = id; self.evalset = evalset; self.market = market; self.turns = turns; self.tags = tags; self.passed = passed
        self.failures = failures; self.expected = expected; self.got = got; self.tone = tone; self.trace = trace; self.latencyMs = latencyMs
    }

    public struct Expected: Sendable, Codable, Equatable {
        public var language: String?
        public var answerLanguage: String?
        public var intent: String?
        public var sources: [String: Int]
        public var mustInclude: [[String]]
        public var mustNotInclude: [String]
        public var escalate: Bool?
        public var action: String?
        public var order: String?
        public var maxSentences: Int?
        public init(language: String?, answerLanguage: String?, intent: String?, sources: [String: Int], mustInclude: [[String]],
                    mustNotInclude: [String], escalate: Bool?, action: String?, order: String?, maxSentences: Int? = nil) {
            self.language = language; self.answerLanguage = answerLanguage; self.intent = intent; self.sources = sources
            self.mustInclude = mustInclude; self.mustNotInclude = mustNotInclude; self.escalate = escalate; self.action = action; self.order = order
            self.maxSentences = maxSentences
        }
        enum CodingKeys: String, CodingKey {
            case language, answerLanguage = "answer_language", intent, sources, mustInclude = "must_include"
            case mustNotInclude = "must_not_include", escalate, action, order, maxSentences = "max_sentences"
        }
    }

    public struct Got: Sendable, Codable, Equatable {
        public var language: String
        public var answerLanguage: String
        public var intent: String
        public var emotion: String
        public var sources: [String]
        public var actions: [String]
        public var orders: [String]
        public var escalated: Bool
        public var escalationReason: String?
        public var answer: String
        public init(language: String, answerLanguage: String, intent: String, emotion: String, sources: [String], actions: [String],
                    orders: [String], escalated: Bool, escalationReason: String?, answer: String) {
            self.language = language; self.answerLanguage = answerLanguage; self.intent = intent; self.emotion = emotion
            self.sources = sources; self.actions = actions; self.orders = orders; self.escalated = escalated
            self.escalationReason = escalationReason; self.answer = answer
        }
        enum CodingKeys: String, CodingKey {
            case language, answerLanguage = "answer_language", intent, emotion, sources, actions, orders, escalated
            case escalationReason = "escalation_reason", answer
        }
    }

    public struct ToneOutcome: Sendable, Codable, Equatable {
        public var passed: Bool
        /// Failed error-severity rules: rule id and the offending words.
        public var failed: [FailedRule]
        public init(passed: Bool, failed: [FailedRule]) { self.passed = passed; self.failed = failed }
        public struct FailedRule: Sendable, Codable, Equatable {
            public var rule: String
            public var message: String
            public var offending: [String]
            public init(rule: String, message: String, offending: [String]) { self.rule = rule; self.message = message; self.offending = offending }
        }
    }

    public struct TraceLine: Sendable, Codable, Equatable {
        public var step: String
        public var detail: String
        public init(step: String, detail: String) { self.step = step; self.detail = detail }
    }

    enum CodingKeys: String, CodingKey {
        case id, evalset, market, turns, tags, passed, failures, expected, got, tone, trace, latencyMs = "latency_ms", generation, reading
        case readsNaturally = "reads_naturally"
    }
}

/// What changed against a baseline report, case by case.
public struct BaselineComparison: Sendable, Codable, Equatable {
    public var baseline: String
    /// Overall metric → (baseline, current).
    public var metrics: [MetricChange]
    /// Cases that passed in the baseline and fail now, and the other way round.
    public var regressed: [CaseChange]
    public var improved: [CaseChange]
    public var added: [String]
    public var removed: [String]

    public init(baseline: String, metrics: [MetricChange], regressed: [CaseChange], improved: [CaseChange], added: [String], removed: [String]) {
        self.baseline = baseline; self.metrics = metrics; self.regressed = regressed; self.improved = improved; self.added = added; self.removed = removed
    }

    public struct MetricChange: Sendable, Codable, Equatable {
        public var metric: String
        public var baseline: Double?
        public var current: Double?
        public init(metric: String, baseline: Double?, current: Double?) { self.metric = metric; self.baseline = baseline; self.current = current }
    }

    public struct CaseChange: Sendable, Codable, Equatable {
        public var id: String
        public var market: String
        /// The failures now (regressed) or in the baseline (improved).
        public var failures: [String]
        public init(id: String, market: String, failures: [String]) { self.id = id; self.market = market; self.failures = failures }
    }
}
