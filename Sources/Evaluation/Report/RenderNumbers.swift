/// How every report writes a number. Hand-rolled fixed-point formatting rather than `String(format:)`
/// so the output never depends on a locale, never prints "-0.0", and is identical on every platform:
/// the reports must be byte-identical from run to run. The CLI's scorecard and gate line use it too,
/// so that a rate reads the same in the terminal as in the reports (91.05 % is "91.1%" in both).
public enum RenderNumber {
    /// What a missing value (a metric no case of the group measures) looks like in every report.
    static let missing = "—"

    /// `value` rounded half away from zero to `decimals` places: `fixed(0.8734, 3)` = "0.873".
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return missing }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return missing }  // beyond exact integers: not a figure a report shows
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = units / Int64(scale)
        guard decimals > 0 else { return "\(sign)\(whole)" }
        let fraction = String(units % Int64(scale))
        return "\(sign)\(whole).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }

    /// A 0…1 rate as a percentage with one decimal: "87.3%".
    public static func percent(_ rate: Double?) -> String {
        guard let rate, rate.isFinite else { return missing }
        return fixed(rate * 100, decimals: 1) + "%"
    }

    /// A 0…1 ranking score (MRR, nDCG) with three decimals: "0.842". Not a percentage: it is a
    /// mean of reciprocal ranks, not a share of cases.
    static func score(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return fixed(value, decimals: 3)
    }

    /// Milliseconds with two decimals: "12.34 ms".
    static func milliseconds(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return fixed(value, decimals: 2) + " ms"
    }

    /// Milliseconds as seconds with three decimals, for JUnit's `time` attributes: "1.234".
    static func seconds(fromMilliseconds ms: Double) -> String {
        fixed(ms / 1000, decimals: 3)
    }

    /// One metric's value in the form its kind calls for.
    static func metric(_ name: String, _ value: Double?) -> String {
        switch MetricKind(name) {
        case .rate: percent(value)
        case .score: score(value)
        case .milliseconds: milliseconds(value)
        }
    }

    /// The change of a metric from baseline to current, signed: "+2.5 pp", "-0.031", "+1.20 ms".
    /// Nil when either side is missing.
    static func delta(_ name: String, baseline: Double?, current: Double?) -> String? {
        guard let baseline, let current, baseline.isFinite, current.isFinite else { return nil }
        let change = current - baseline
        let text: String
        switch MetricKind(name) {
        case .rate: text = fixed(change * 100, decimals: 1) + " pp"
        case .score: text = fixed(change, decimals: 3)
        case .milliseconds: text = fixed(change, decimals: 2) + " ms"
        }
        return text.hasPrefix("-") ? text : "+" + text
    }
}

/// What a metric measures decides how it is written and coloured.
enum MetricKind: Equatable {
    /// A share of cases, 0…1, written as a percentage.
    case rate
    /// A ranking score, 0…1, written with three decimals.
    case score
    case milliseconds

    init(_ metric: String) {
        switch metric {
        case "mrr", "ndcg_at_5": self = .score
        case "latency_p50_ms", "latency_p95_ms": self = .milliseconds
        default: self = .rate
        }
    }
}
