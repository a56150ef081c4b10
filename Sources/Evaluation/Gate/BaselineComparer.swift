/// What got better and worse against a baseline report, case by case and per overall metric.
public enum BaselineComparer {
    public static func compare(_ current: EvaluationReport, baseline: EvaluationReport, baselineName: String) -> BaselineComparison {
        let before = Dictionary(baseline.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Dictionary(current.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var regressed: [BaselineComparison.CaseChange] = []
        var improved: [BaselineComparison.CaseChange] = []
        for c in current.cases {
            guard let b = before[c.id] else { continue }
            if b.passed && !c.passed { regressed.append(.init(id: c.id, market: c.market, failures: c.failures)) }
            if !b.passed && c.passed { improved.append(.init(id: c.id, market: c.market, failures: b.failures)) }
        }
        let metrics = zip(current.overall.named, baseline.overall.named).map { cur, base in
            BaselineComparison.MetricChange(metric: cur.name, baseline: base.value, current: cur.value)
        }
        return BaselineComparison(baseline: baselineName, metrics: metrics, regressed: regressed, improved: improved,
                                  added: current.cases.map(\.id).filter { before[$0] == nil },
                                  removed: baseline.cases.map(\.id).filter { now[$0] == nil })
    }
}
