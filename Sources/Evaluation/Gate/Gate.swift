/// The release gate: every threshold of the config, and the allowed regressions against a baseline.
/// Each failure is one line a person reads in CI.
public enum Gate {
    public static func check(_ report: EvaluationReport, config: GateConfig, baseline: EvaluationReport?) -> [String] {
        var failures: [String] = []
        func value(_ m: Metrics, _ name: String) -> Double? {
            name == "cases" ? Double(m.cases) : m.named.first { $0.name == name }?.value ?? nil
        }
        func check(_ scope: String, _ m: Metrics, _ bounds: [String: GateConfig.Bound]) {
            for (metric, b) in bounds.sorted(by: { $0.key < $1.key }) {
                guard let v = value(m, metric) else { continue }
                if let min = b.min, v < min { failures.append("\(scope) \(metric) \(fmt(v)) is below the minimum \(fmt(min))") }
                if let max = b.max, v > max { failures.append("\(scope) \(metric) \(fmt(v)) is above the maximum \(fmt(max))") }
            }
        }
        if let min = config.minCases, report.overall.cases < min {
            failures.append("overall: \(report.overall.cases) cases, fewer than the \(min) the gate requires")
        }
        check("overall:", report.overall, config.overall)
        for (id, m) in report.markets.sorted(by: { $0.key < $1.key }) {
            check("market \(id):", m, config.marketDefault.merging(config.markets[id] ?? [:]) { _, specific in specific })
        }
        if !config.reading.isEmpty {
            if let r = report.overall.reading {
                let figures = Dictionary(uniqueKeysWithValues: r.named.map { ($0.name, $0.value) })
                for (name, b) in config.reading.sorted(by: { $0.key < $1.key }) {
                    guard let v = figures[name] else { continue }
                    // Counts of answers read as whole numbers, the clean rate as a rate.
                    let shown = { (x: Double) in name == "clean_rate" ? fmt(x) : String(Int(x)) }
                    if let min = b.min, v < min { failures.append("reading: \(name) \(shown(v)) is below the minimum \(shown(min))") }
                    if let max = b.max, v > max { failures.append("reading: \(name) \(shown(v)) is above the maximum \(shown(max))") }
                }
            } else {
                failures.append("reading: the report has no reading check (written by an older kbkit?), and the gate bounds it")
            }
        }
        if let baseline {
            let comparison = BaselineComparer.compare(report, baseline: baseline, baselineName: "baseline")
            if let max = config.maxRegressedCases, comparison.regressed.count > max {
                failures.append("regressions: \(comparison.regressed.count) cases passed in the baseline and fail now (allowed: \(max)): "
                                + comparison.regressed.prefix(10).map { "\($0.id) [\($0.market)]" }.joined(separator: ", ")
                                + (comparison.regressed.count > 10 ? " …" : ""))
            }
            if let drop = config.maxMetricDrop {
                for c in comparison.metrics {
                    guard let before = c.baseline, let now = c.current, !c.metric.hasPrefix("latency") else { continue }
                    let worse = Metrics.lowerIsBetter.contains(c.metric) ? now - before : before - now
                    if worse > drop + 1e-9 {
                        failures.append("regressions: overall \(c.metric) went from \(fmt(before)) to \(fmt(now)) (allowed drop \(fmt(drop)))")
                    }
                }
            }
        }
        return failures
    }

    static func fmt(_ x: Double) -> String {
        x == x.rounded() && abs(x) > 1 ? String(Int(x)) : String(format: "%.3f", x)   // rates keep 3 decimals, counts and ms none
    }
}
