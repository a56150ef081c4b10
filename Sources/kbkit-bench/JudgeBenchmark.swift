import Evaluation
import Foundation
import Workspace

/// Whether the naturalness judge of `kbkit eval --judge` tells a well-written answer from a poorly
/// written one with the same facts (`Benchmarks/judge/pairs.tsv`, `NaturalnessPairs`). Each answer
/// goes to the model at `--judge-url` through `NaturalnessJudge`, with the prompt and the strict
/// reading of the reply that the evaluation uses, one request at a time (a local server answers one
/// after the other). Prints, overall and per language: pairs with both answers scored, how often the
/// good answer scored higher, lower or the same, the mean scores, and the replies that were no score.
enum JudgeBenchmark {
    struct Endpoint {
        var url: String
        var model: String
    }

    /// One answer's verdict, with how long the judge took.
    struct Verdict {
        var score: Int?
        var notAScore: NaturalnessJudge.Unjudged?
        var noReply: NaturalnessJudge.Unjudged?
        var seconds: Double
    }

    /// Per language (and overall): pairs, their verdicts, and the counts derived from them.
    struct Tally {
        var pairs = 0
        var judged = 0
        var goodHigher = 0
        var ties = 0
        var goodSum = 0
        var poorSum = 0
        /// Every score given, of pairs judged or not.
        var goodScores: [Int] = []
        var poorScores: [Int] = []
        var replies = 0
        var notAScore = 0
        /// Of `notAScore`: replies naming several numbers ("1: 5 …", the scale echoed before the score).
        var severalNumbers = 0
        var noReply = 0

        mutating func add(good: Verdict, poor: Verdict) {
            pairs += 1
            replies += 2
            for v in [good, poor] {
                if v.notAScore != nil { notAScore += 1 }
                if case .ambiguous = v.notAScore { severalNumbers += 1 }
                if v.noReply != nil { noReply += 1 }
            }
            if let g = good.score { goodScores.append(g) }
            if let p = poor.score { poorScores.append(p) }
            guard let g = good.score, let p = poor.score else { return }
            judged += 1
            goodSum += g
            poorSum += p
            if g > p { goodHigher += 1 } else if g == p { ties += 1 }
        }
    }

    static let usage = "judge: no model to ask; run kbkit-bench --only judge --judge-url http://127.0.0.1:PORT/v1 [--judge-model NAME] "
        + "(or KBKIT_JUDGE_URL), e.g. scripts/judge-bench.sh with the llama.cpp server of make llm-demo"

    static func run(pairsFile: URL, endpoint: Endpoint?) throws -> String {
        guard let endpoint else { return usage }
        let pairs = try NaturalnessPairs.load(pairsFile).pairs
        // Generous timeout, no retries: a slow small model on a busy machine is measured, not retried.
        let settings = WorkspaceSettings.OpenAISettings(endpoint: endpoint.url, model: endpoint.model, apiKeyEnv: "KBKIT_JUDGE_KEY",
                                                        timeoutMs: 120_000, retries: 0)
        let judge = NaturalnessJudge(settings: settings)
        var overall = Tally()
        var byLanguage: [String: Tally] = [:]
        var seconds: [Double] = []
        var unscored: [String] = []
        for pair in pairs {
            let good = verdict(judge, pair.good, pair), poor = verdict(judge, pair.poor, pair)
            overall.add(good: good, poor: poor)
            byLanguage[pair.language, default: Tally()].add(good: good, poor: poor)
            seconds += [good.seconds, poor.seconds]
            for (v, answer) in [(good, pair.good), (poor, pair.poor)] {
                if let why = v.notAScore ?? v.noReply { unscored.append("line \(answer.line): \(why)") }
            }
        }
        var out = "== naturalness judge on answer pairs (\(pairsFile.lastPathComponent), \(pairs.count) pairs): "
            + "model \(endpoint.model) at \(endpoint.url), max \(NaturalnessJudge.replyTokens) tokens, temperature \(settings.temperature)\n"
        out += "all: " + summary(overall) + "\n"
        out += "seconds per judgement: p50 \(f2(Measure.median(seconds))), p90 \(f2(Measure.percentile(seconds, 0.9))), "
            + "mean \(f2(seconds.reduce(0, +) / Double(max(1, seconds.count))))\n"
        for language in byLanguage.keys.sorted() {
            out += "  \(Measure.pad(language, 4)) " + summary(byLanguage[language]!) + "\n"
        }
        // The distinct reasons, so a reader sees what the model said instead of a score.
        for line in unscored.prefix(12) { out += "  unscored \(line)\n" }
        if unscored.count > 12 { out += "  … \(unscored.count - 12) more unscored\n" }
        return out
    }

    private static func verdict(_ judge: NaturalnessJudge, _ answer: NaturalnessPairs.Answer, _ pair: NaturalnessPairs.Pair) -> Verdict {
        let (result, seconds) = Measure.time {
            Result { () throws(NaturalnessJudge.Unjudged) -> Int in try judge.score(answer: answer.text, message: pair.message, language: pair.language) }
        }
        switch result {
        case let .success(score): return Verdict(score: score, seconds: seconds)
        case let .failure(why):
            switch why {
            case .noScore, .ambiguous: return Verdict(notAScore: why, seconds: seconds)
            case .request, .encoding: return Verdict(noReply: why, seconds: seconds)
            }
        }
    }

    private static func summary(_ t: Tally) -> String {
        guard t.judged > 0 else {
            return "\(t.pairs) pairs, none with both answers scored; scores given: good \(scores(t.goodScores)), poor \(scores(t.poorScores)); "
                + unscored(t)
        }
        let n = Double(t.judged)
        let lower = t.judged - t.goodHigher - t.ties
        return "\(t.judged) of \(t.pairs) pairs judged; good > poor \(t.goodHigher) (\(pct(t.goodHigher, t.judged))), "
            + "ties \(t.ties) (\(pct(t.ties, t.judged))), good < poor \(lower); mean good \(f2(Double(t.goodSum) / n)), "
            + "poor \(f2(Double(t.poorSum) / n)); " + unscored(t)
    }

    private static func unscored(_ t: Tally) -> String {
        "not a score \(t.notAScore) of \(t.replies) replies (\(t.severalNumbers) with several numbers), no reply \(t.noReply)"
    }

    /// "2 (mean 4.50)", or "none".
    private static func scores(_ xs: [Int]) -> String {
        xs.isEmpty ? "none" : "\(xs.count) (mean \(f2(Double(xs.reduce(0, +)) / Double(xs.count))))"
    }

    private static func pct(_ a: Int, _ b: Int) -> String { String(format: "%.0f%%", 100 * Double(a) / Double(max(1, b))) }
    private static func f2(_ x: Double) -> String { String(format: "%.2f", x) }
}
