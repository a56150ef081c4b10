import Workspace

/// `gate.yaml`: the thresholds a release must meet.
///
/// ```yaml
/// min_cases: 400
/// overall:                      # metric: {min: x} or {max: x}
///   pass_rate: {min: 0.75}
///   forbidden_rate: {max: 0.02}
/// markets:
///   default: {pass_rate: {min: 0.6}}   # every market
///   JP: {pass_rate: {min: 0.7}}        # one market (replaces default for the metrics it names)
/// regressions:
///   max_regressed_cases: 0      # cases that passed in the baseline and fail now
///   max_metric_drop: 0.02       # how far an overall metric may fall below the baseline
/// reading:                      # how the answers read (ReadingCheck): answers with each problem
///   repeated_facts: {max: 0}
///   table_syntax: {max: 0}
/// ```
public struct GateConfig: Sendable, Equatable {
    public struct Bound: Sendable, Equatable { public var min: Double?; public var max: Double? }

    public var minCases: Int?
    public var overall: [String: Bound]
    public var marketDefault: [String: Bound]
    public var markets: [String: [String: Bound]]
    public var maxRegressedCases: Int?
    public var maxMetricDrop: Double?
    /// Bounds on the reading check's counts (answers with a repeated fact, table syntax …) and its
    /// clean rate: a change that makes one answer read like a table fails the gate, as a failing
    /// case does.
    public var reading: [String: Bound] = [:]

    /// The reading check's figures a gate may bound (ReadingMetrics' names).
    public static let readingNames: Set<String> = Set(ReadingMetrics([]).named.map(\.name))

    public static let metricNames: Set<String> = Set(Metrics(cases: 0).named.map(\.name)).union(["cases"])

    public static func load(_ n: YAMLNode) throws(WorkspaceError) -> GateConfig {
        try n.allowOnly(["min_cases", "overall", "markets", "regressions", "reading"])
        func bounds(_ node: YAMLNode?, names: Set<String> = metricNames) throws(WorkspaceError) -> [String: Bound] {
            guard let node else { return [:] }
            var out: [String: Bound] = [:]
            for (metric, b) in try node.entries() {
                guard names.contains(metric) else {
                    throw b.error("unknown metric '\(metric)' (\(names.sorted().joined(separator: ", ")))")
                }
                try b.allowOnly(["min", "max"])
                let bound = Bound(min: try b["min"].map { (x: YAMLNode) throws(WorkspaceError) -> Double in try double(x) },
                                  max: try b["max"].map { (x: YAMLNode) throws(WorkspaceError) -> Double in try double(x) })
                if bound.min == nil && bound.max == nil { throw b.error("give min or max") }
                out[metric] = bound
            }
            return out
        }
        var markets: [String: [String: Bound]] = [:]
        var marketDefault: [String: Bound] = [:]
        if let m = n["markets"] {
            for (id, node) in try m.entries() {
                if id == "default" { marketDefault = try bounds(node) } else { markets[id.uppercased()] = try bounds(node) }
            }
        }
        var maxRegressed: Int?
        var maxDrop: Double?
        if let r = n["regressions"] {
            try r.allowOnly(["max_regressed_cases", "max_metric_drop"])
            maxRegressed = try r["max_regressed_cases"]?.int()
            maxDrop = try r["max_metric_drop"].map { (x: YAMLNode) throws(WorkspaceError) -> Double in try double(x) }
        }
        return GateConfig(minCases: try n["min_cases"]?.int(), overall: try bounds(n["overall"]), marketDefault: marketDefault,
                          markets: markets, maxRegressedCases: maxRegressed, maxMetricDrop: maxDrop,
                          reading: try bounds(n["reading"], names: readingNames))
    }

    static func double(_ n: YAMLNode) throws(WorkspaceError) -> Double {
        guard let s = n.scalarString, let d = Double(s) else { throw n.error("expected a number") }
        return d
    }

    /// When no gate.yaml is given.
    public static let defaults = GateConfig(minCases: nil, overall: ["pass_rate": Bound(min: 0.5, max: nil)], marketDefault: [:], markets: [:],
                                            maxRegressedCases: 0, maxMetricDrop: nil)
}
