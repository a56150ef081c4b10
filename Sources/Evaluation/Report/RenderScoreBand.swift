/// The colour of a figure in the HTML report (and the marker in the Markdown scorecard).
///
/// Thresholds, chosen so that green means "ready to ship" and red "look at this before release":
/// - rates and ranking scores (higher is better): ≥ 0.90 good (green), ≥ 0.75 fair (amber),
///   below 0.75 poor (red);
/// - `forbidden_rate` (lower is better): ≤ 0.02 good, ≤ 0.05 fair, above poor;
/// - latencies are not coloured: their budget depends on the machine, the gate judges them.
enum ScoreBand: String, Sendable, Equatable {
    case good, fair, poor

    static let goodAtLeast = 0.90
    static let fairAtLeast = 0.75
    static let forbiddenGoodAtMost = 0.02
    static let forbiddenFairAtMost = 0.05

    /// The band of one metric's value; nil when the value is missing or the metric is not banded.
    static func of(_ metric: String, _ value: Double?) -> ScoreBand? {
        guard let value, value.isFinite else { return nil }
        switch MetricKind(metric) {
        case .milliseconds:
            return nil
        case .rate where metric == "forbidden_rate":
            return value <= forbiddenGoodAtMost ? .good : value <= forbiddenFairAtMost ? .fair : .poor
        case .rate, .score:
            return of(higherIsBetter: value)
        }
    }

    /// The band of a 0…1 figure where higher is better (precision, recall, F1, pass rates).
    static func of(higherIsBetter value: Double?) -> ScoreBand? {
        guard let value, value.isFinite else { return nil }
        return value >= goodAtLeast ? .good : value >= fairAtLeast ? .fair : .poor
    }

    /// A marker for the Markdown report, where there is no colour.
    var marker: String {
        switch self {
        case .good: "🟢"
        case .fair: "🟡"
        case .poor: "🔴"
        }
    }
}
