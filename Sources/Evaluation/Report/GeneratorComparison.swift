import AnswerEngine

/// The embedded answers beside a generator's, per market, from two runs of the same cases
/// (`kbkit eval --compare-generators`, or two reports given to `compare`): does the team's model do
/// better than the deterministic answers, market by market, and what did it cost?
public struct GeneratorComparison: Sendable, Codable, Equatable {
    /// The configured generator ("openai").
    public var generator: String
    /// Per market, and "ALL" last.
    public var markets: [Row]

    public struct Row: Sendable, Codable, Equatable {
        public var market: String
        public var cases: Int
        public var embeddedPassRate: Double
        /// Pass rate of the run with the generator (its answers where they passed the guardrails, the
        /// embedded ones where they did not).
        public var generatorPassRate: Double
        public var embeddedFactRecall: Double?
        public var generatorFactRecall: Double?
        /// Answers the customer got from the generator.
        public var generated: Int
        /// Generator failures (timeout, HTTP error): the embedded answer went out.
        public var failed: Int
        /// Generated answers refused, by the guardrail that fired.
        public var guardrails: [String: Int]
        public var promptTokens: Int
        public var completionTokens: Int
        /// Median time of the generator's composition step, in milliseconds.
        public var generatorP50Ms: Double?

        enum CodingKeys: String, CodingKey {
            case market, cases, embeddedPassRate = "embedded_pass_rate", generatorPassRate = "generator_pass_rate"
            case embeddedFactRecall = "embedded_fact_recall", generatorFactRecall = "generator_fact_recall", generated, failed, guardrails
            case promptTokens = "prompt_tokens", completionTokens = "completion_tokens", generatorP50Ms = "generator_p50_ms"
        }
    }

    /// Pairs the two runs' cases by id; a case in only one run is left out.
    public static func compare(embedded: EvaluationReport, generator: EvaluationReport) -> GeneratorComparison {
        let baseline = Dictionary(embedded.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let pairs = generator.cases.compactMap { c in baseline[c.id].map { (embedded: $0, generator: c) } }
        let byMarket = Dictionary(grouping: pairs, by: \.generator.market)
        var rows = byMarket.keys.sorted().map { row($0, byMarket[$0]!, embedded, generator) }
        if byMarket.count > 1 || rows.isEmpty { rows.append(row("ALL", pairs, embedded, generator)) }
        return GeneratorComparison(generator: generator.engine, markets: rows)
    }

    static func row(_ market: String, _ pairs: [(embedded: CaseResult, generator: CaseResult)],
                    _ embeddedReport: EvaluationReport, _ generatorReport: EvaluationReport) -> Row {
        let n = max(1, pairs.count)
        let generations = pairs.compactMap(\.generator.generation)
        var guardrails: [String: Int] = [:]
        for g in generations { if let check = g.guardrail { guardrails[check.rawValue, default: 0] += 1 } }
        let times = generations.map(\.ms).sorted()
        let metrics = { (r: EvaluationReport) in market == "ALL" ? r.overall : r.markets[market] }
        return Row(market: market, cases: pairs.count,
                   embeddedPassRate: Double(pairs.filter(\.embedded.passed).count) / Double(n),
                   generatorPassRate: Double(pairs.filter(\.generator.passed).count) / Double(n),
                   embeddedFactRecall: metrics(embeddedReport)?.factRecall, generatorFactRecall: metrics(generatorReport)?.factRecall,
                   generated: generations.filter { $0.outcome == .generated }.count,
                   failed: generations.filter { $0.outcome == .failed }.count, guardrails: guardrails,
                   promptTokens: generations.compactMap(\.promptTokens).reduce(0, +),
                   completionTokens: generations.compactMap(\.completionTokens).reduce(0, +),
                   generatorP50Ms: times.isEmpty ? nil : times[times.count / 2])
    }
}
