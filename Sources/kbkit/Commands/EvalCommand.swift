import AnswerEngine
import ArgumentParser
import Evaluation
import Foundation
import Workspace

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Run evaluation sets through the engine and write the reports.",
        discussion: """
        Every case runs through the full engine in a fresh conversation (and a fresh ERP) and is scored: \
        language, intent, sources (hit@1, hit@5, MRR, nDCG@5), must_include / must_not_include, the ERP \
        action, escalation and the handoff summary, and the market's tone rules. Writes report.json, \
        report.md, report.html and junit.xml into reports/run-<time>/ (or --report DIR) and reports/latest/.
        With --baseline, every report also lists what got better and worse, case by case.
        With --judge, the model of engine.openai in kbkit.yaml (endpoint, model, timeout_ms, retries; used \
        whatever generator wrote the answers) also rates how naturally each answer reads, 1 to 5: reported \
        per case, market and language ("reads naturally"), never part of pass/fail, the gate or the baseline.
        Exit code 0 when the run completed (use `kbkit gate` to fail a build), 2 for bad input.

        Examples:
          kbkit eval
          kbkit eval evalsets/returns.yaml --market DE
          kbkit eval --baseline reports/baseline && kbkit gate reports/latest --baseline reports/baseline
          kbkit eval --compare-generators --cases-per-market 4 --jobs 2   (engine.generator: openai in kbkit.yaml)
          kbkit eval --judge --cases-per-market 5 --jobs 2   (engine.openai in kbkit.yaml)
        """
    )

    @Argument(help: ArgumentHelp("Evalset files (default: every .yaml in the evalsets folder).", valueName: "evalset")) var evalsets: [String] = []
    @Option(help: ArgumentHelp("Where to write the reports (default: reports/run-<time>).", valueName: "dir")) var report: String?
    @Option(help: ArgumentHelp("Only the cases of this market.", valueName: "market")) var market: String?
    @Option(help: ArgumentHelp("Parallel workers, 1…64 (default: the number of cores).", valueName: "n")) var jobs: Int?
    /// More workers than this only adds memory: the engine is CPU-bound, and each worker holds its own ERP.
    static let jobsRange = 1...64
    @Option(help: ArgumentHelp("A baseline report (report.json or its folder) to compare with.", valueName: "report")) var baseline: String?
    @Option(help: ArgumentHelp("Only the first N cases of each market (a bounded run against a slow model).", valueName: "n"))
    var casesPerMarket: Int?
    @Flag(help: "Also run the embedded generator on the same cases and show it beside the configured one, per market.")
    var compareGenerators = false
    @Flag(help: "Ask the model of engine.openai (kbkit.yaml) how naturally each answer reads, 1–5; reported apart, never part of pass/fail.")
    var judge = false
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: JSONOption

    func validate() throws {
        if let jobs, !(EvalCommand.jobsRange).contains(jobs) {
            throw ValidationError("--jobs must be between \(EvalCommand.jobsRange.lowerBound) and \(EvalCommand.jobsRange.upperBound) (got \(jobs))")
        }
        if let casesPerMarket, casesPerMarket < 1 { throw ValidationError("--cases-per-market must be at least 1 (got \(casesPerMarket))") }
    }

    func run() throws {
        let ws = try workspace.load()
        var job = EvaluationJob(workspace: ws)
        job.evalsets = evalsets.map(userPath)
        job.market = market
        job.baseline = baseline.map { (userPath($0), $0) }
        job.reportFolder = report.map(userPath)
        job.casesPerMarket = casesPerMarket
        job.compareGenerators = compareGenerators
        job.judge = judge
        job.jobs = jobs ?? min(ProcessInfo.processInfo.activeProcessorCount, Self.jobsRange.upperBound)
        let bar = ProgressBar("evaluating")
        let outcome = try job.run { done, total in bar.update(done: done, total: total) }
        bar.finish()
        let result = outcome.report, seconds = outcome.seconds, folder = outcome.folder!
        if output.json {
            struct Summary: Encodable { var report: String; var seconds: Double; var overall: Metrics; var markets: [String: Metrics]
                                        var regressed: [String]?; var improved: [String]?; var generators: GeneratorComparison?
                                        var judge: String? }
            return try Output.json(Summary(report: folder.path, seconds: (seconds * 100).rounded() / 100, overall: result.overall,
                                           markets: result.markets, regressed: result.comparison?.regressed.map(\.id),
                                           improved: result.comparison?.improved.map(\.id), generators: result.generators, judge: result.judge))
        }
        Scorecard.print(result)
        Output.line()
        Output.line("\(result.overall.cases) cases in \(String(format: "%.1f", seconds)) s (\(String(format: "%.0f", Double(result.overall.cases) / seconds)) cases/s, after \(String(format: "%.2f", outcome.readingAhead)) s reading the KB ahead)")
        if let c = result.comparison {
            Output.line("against \(c.baseline): " + Output.styled("\(c.regressed.count) regressed", c.regressed.isEmpty ? .dim : .red)
                        + " · " + Output.styled("\(c.improved.count) improved", c.improved.isEmpty ? .dim : .green))
            for r in c.regressed.prefix(10) { Output.line(Output.styled("  ✗ \(r.id) [\(r.market)] ", .red) + (r.failures.first ?? "")) }
        }
        if let generators = result.generators {
            Output.line()
            Output.line("Embedded vs \(generators.generator), side by side:")
            Output.line(RenderGeneratorComparison.markdown(generators))
        }
        Output.line("HTML report: \(folder.appendingPathComponent("report.html").path)")
    }
}

/// The per-market scorecard `kbkit eval` and `make demo` print.
enum Scorecard {
    static func print(_ r: EvaluationReport) {
        func pct(_ x: Double?) -> String { x == nil ? "–" : RenderNumber.percent(x) }
        let header = ["MARKET", "CASES", "PASS", "LANG", "INTENT", "HIT@5", "FACTS", "TONE", "ESC P/R", "ACTION"]
        var rows: [[String]] = []
        for (id, m) in r.markets.sorted(by: { $0.key < $1.key }) + [("ALL", r.overall)] {
            rows.append([id, "\(m.cases)", pct(m.passRate), pct(m.languageAccuracy), pct(m.intentAccuracy), pct(m.hitAt5),
                         pct(m.factRecall), pct(m.tonePassRate), "\(pct(m.escalationPrecision))/\(pct(m.escalationRecall))", pct(m.actionAccuracy)])
        }
        Output.line(Table.render(header, rows))
        if let model = r.judge, let judged = r.overall.judged {
            let mean = r.overall.readsNaturally.map { String(format: "%.2f", $0) } ?? "–"
            Output.line("reads naturally (judged by \(model), not part of pass/fail): \(mean) of 5, \(judged) of \(r.overall.cases) answers judged")
        }
    }
}
