/// The columns of the metric tables (scorecard per market, per language, per intent), shared by the
/// Markdown and HTML reports so both show the same figures in the same order.
struct MetricColumn: Sendable, Equatable {
    /// DESIGN.md's metric name (`pass_rate`), the key into `Metrics.named`.
    let metric: String
    /// The short table heading.
    let title: String

    /// The scorecard of the issue: pass rate, language and intent accuracy, hit@5, MRR, fact recall,
    /// tone pass rate, escalation precision and recall, action accuracy.
    static let scorecard: [MetricColumn] = [
        .init(metric: "pass_rate", title: "Pass"),
        .init(metric: "language_accuracy", title: "Language"),
        .init(metric: "intent_accuracy", title: "Intent"),
        .init(metric: "hit_at_5", title: "Hit@5"),
        .init(metric: "mrr", title: "MRR"),
        .init(metric: "fact_recall", title: "Facts"),
        .init(metric: "tone_pass_rate", title: "Tone"),
        .init(metric: "escalation_precision", title: "Esc. P"),
        .init(metric: "escalation_recall", title: "Esc. R"),
        .init(metric: "action_accuracy", title: "Action"),
    ]

    /// A readable name for any metric of DESIGN.md (the comparison tables list them all).
    static func title(of metric: String) -> String {
        switch metric {
        case "pass_rate": "Pass rate"
        case "language_accuracy": "Language accuracy"
        case "intent_accuracy": "Intent accuracy"
        case "hit_at_1": "Hit@1"
        case "hit_at_5": "Hit@5"
        case "mrr": "MRR"
        case "ndcg_at_5": "nDCG@5"
        case "fact_recall": "Fact recall"
        case "forbidden_rate": "Forbidden facts"
        case "tone_pass_rate": "Tone pass rate"
        case "escalation_precision": "Escalation precision"
        case "escalation_recall": "Escalation recall"
        case "action_accuracy": "Action accuracy"
        case "latency_p50_ms": "Latency p50"
        case "latency_p95_ms": "Latency p95"
        default: metric
        }
    }
}

extension Metrics {
    /// One metric by its DESIGN.md name; nil when unmeasured or unknown.
    func value(of metric: String) -> Double? {
        named.first { $0.name == metric }?.value
    }
}
