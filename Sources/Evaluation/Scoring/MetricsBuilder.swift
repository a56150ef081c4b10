import Foundation

/// Aggregates scored cases into DESIGN.md's metrics, for any group of cases (overall, a market, a
/// language, an intent).
struct ScoredCase: Sendable {
    var caseID: String
    var market: String
    var language: String?
    var intent: String?
    var gotIntent: String
    var expectedEscalate: Bool?
    var escalated: Bool
    var score: CaseScore
    var latencyMs: Double
    /// The judge's verdict (`--judge`); nil when the run had no judge.
    var judged: JudgedNaturalness? = nil
}

enum MetricsBuilder {
    static func metrics(_ cases: [ScoredCase]) -> Metrics {
        var m = Metrics(cases: cases.count)
        guard !cases.isEmpty else { return m }
        func rate(_ values: [Bool?]) -> Double? {
            let v = values.compactMap { $0 }
            return v.isEmpty ? nil : round4(Double(v.filter { $0 }.count) / Double(v.count))
        }
        func mean(_ values: [Double?]) -> Double? {
            let v = values.compactMap { $0 }
            return v.isEmpty ? nil : round4(v.reduce(0, +) / Double(v.count))
        }
        m.passRate = rate(cases.map { $0.score.passed })
        m.languageAccuracy = rate(cases.map { $0.score.language })
        m.intentAccuracy = rate(cases.map { $0.score.intent })
        m.hitAt1 = mean(cases.map { $0.score.hitAt1 })
        m.hitAt5 = mean(cases.map { $0.score.hitAt5 })
        m.mrr = mean(cases.map { $0.score.reciprocalRank })
        m.ndcgAt5 = mean(cases.map { $0.score.ndcgAt5 })
        let factsTotal = cases.reduce(0) { $0 + $1.score.factsTotal }
        m.factRecall = factsTotal == 0 ? nil : round4(Double(cases.reduce(0) { $0 + $1.score.factsMatched }) / Double(factsTotal))
        m.forbiddenRate = rate(cases.map { $0.score.forbidden })
        m.tonePassRate = rate(cases.map { $0.score.tone })
        let withExpectation = cases.filter { $0.expectedEscalate != nil }
        let tp = withExpectation.filter { $0.expectedEscalate == true && $0.escalated }.count
        let fp = withExpectation.filter { $0.expectedEscalate == false && $0.escalated }.count
        let fn = withExpectation.filter { $0.expectedEscalate == true && !$0.escalated }.count
        m.escalationPrecision = tp + fp == 0 ? nil : round4(Double(tp) / Double(tp + fp))
        m.escalationRecall = tp + fn == 0 ? nil : round4(Double(tp) / Double(tp + fn))
        m.actionAccuracy = rate(cases.map { $0.score.action })
        let lat = cases.map(\.latencyMs).sorted()
        m.latencyP50Ms = round2(percentile(lat, 0.5))
        m.latencyP95Ms = round2(percentile(lat, 0.95))
        let readings = cases.compactMap(\.score.reading)
        m.reading = readings.isEmpty ? nil : ReadingMetrics(readings)
        let verdicts = cases.compactMap(\.judged)
        if !verdicts.isEmpty {
            let scores = verdicts.compactMap(\.score)
            m.judged = scores.count
            m.readsNaturally = scores.isEmpty ? nil : round2(Double(scores.reduce(0, +)) / Double(scores.count))
        }
        return m
    }

    static func grouped(_ cases: [ScoredCase], by key: (ScoredCase) -> String?) -> [String: Metrics] {
        Dictionary(grouping: cases.filter { key($0) != nil }, by: { key($0)! }).mapValues(metrics)
    }

    /// Per expected intent: precision, recall, F1; and the confusion matrix expected → predicted.
    static func intentTable(_ cases: [ScoredCase]) -> ([IntentMetrics], [String: [String: Int]]) {
        let labelled = cases.filter { $0.intent != nil }
        var confusion: [String: [String: Int]] = [:]
        for c in labelled { confusion[c.intent!, default: [:]][c.gotIntent, default: 0] += 1 }
        let intents = Set(labelled.map { $0.intent! }).union(labelled.map(\.gotIntent)).sorted()
        let table = intents.map { intent -> IntentMetrics in
            let tp = labelled.filter { $0.intent == intent && $0.gotIntent == intent }.count
            let predicted = labelled.filter { $0.gotIntent == intent }.count
            let support = labelled.filter { $0.intent == intent }.count
            let p = predicted == 0 ? nil : Double(tp) / Double(predicted)
            let r = support == 0 ? nil : Double(tp) / Double(support)
            let f1 = (p != nil && r != nil && (p! + r!) > 0) ? 2 * p! * r! / (p! + r!) : nil
            return IntentMetrics(intent: intent, precision: p.map(round4), recall: r.map(round4), f1: f1.map(round4), support: support)
        }
        return (table, confusion)
    }

    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count) * p).rounded(.up)) - 1))]
    }

    static func round4(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
    static func round2(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
