import AnswerEngine
import Foundation
import Workspace

/// One evaluation of a workspace as `kbkit eval`, `kbkit-bench` and the tests run it: which evalsets
/// (every `.yaml` of the evalsets folder unless named), which market's cases, the engine (the KB
/// read ahead, `AnswerEngine.prepare`) with a fresh ERP per worker, the comparison with a baseline, and the report folders (`reports/run-<time>`
/// or a chosen one, and `reports/latest`).
public struct EvaluationJob {
    public var workspace: Workspace
    /// Evalset files; empty = every evalset of the workspace.
    public var evalsets: [URL] = []
    /// Only this market's cases.
    public var market: String?
    /// A baseline report (report.json or its folder) to compare with, and its name in the reports
    /// (the path as the user wrote it).
    public var baseline: (url: URL, name: String)?
    /// Where to write the reports; nil = `reports/run-<time>`.
    public var reportFolder: URL?
    /// Whether to write reports at all (the benchmark does not).
    public var writesReports = true
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Another store than the workspace's `.kbkit` (the benchmark's temporary one).
    public var storePath: String?
    /// Only the first N cases of each market (a bounded run against a slow model).
    public var casesPerMarket: Int?
    /// Also run the embedded generator on the same cases and put both side by side (`report.generators`).
    public var compareGenerators = false
    /// Ask the model of `engine.openai` how naturally each answer reads (`NaturalnessJudge`).
    public var judge = false

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    public struct Outcome {
        public var report: EvaluationReport
        /// Where the reports went (nil when none were written).
        public var folder: URL?
        /// Wall time of the cases, start-up excluded.
        public var seconds: Double
        /// Wall time of reading the KB ahead (`AnswerEngine.prepare`), part of the start-up.
        public var readingAhead: Double = 0
    }

    public enum JobError: Error, CustomStringConvertible, Sendable, Equatable {
        case noSuchEvalset(String)
        case noEvalsets(folder: String)
        /// `--judge` without `engine.openai` in kbkit.yaml: there is no model to ask.
        case judgeWithoutEndpoint
        public var description: String {
            switch self {
            case let .noSuchEvalset(path): return "\(path): no such evalset"
            case let .noEvalsets(folder): return "no evalsets in \(folder)/ (write one, see docs/WORKSPACE.md)"
            case .judgeWithoutEndpoint:
                return "\(Workspace.settingsFile): --judge needs engine.openai.endpoint (and its model), "
                    + "the OpenAI-compatible model that judges the answers (docs/WORKSPACE.md, \"engine: the generator\")"
            }
        }

        /// The file the error is about, when there is one.
        public var file: String? {
            if case .judgeWithoutEndpoint = self { return Workspace.settingsFile }
            return nil
        }
    }

    /// The evalset files the job runs.
    public func evalsetFiles() throws -> [URL] {
        if !evalsets.isEmpty {
            for f in evalsets where !FileManager.default.fileExists(atPath: f.path) { throw JobError.noSuchEvalset(f.path) }
            return evalsets
        }
        let folder = workspace.url(workspace.settings.paths.evalsets)
        let files = ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["yaml", "yml"].contains($0.pathExtension) }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        guard !files.isEmpty else { throw JobError.noEvalsets(folder: workspace.settings.paths.evalsets) }
        return files
    }

    public func run(progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Outcome {
        let ws = workspace
        var judge: NaturalnessJudge?
        if self.judge {
            guard let settings = ws.settings.engine.openAI else { throw JobError.judgeWithoutEndpoint }
            judge = NaturalnessJudge(settings: settings)
        }
        let content = try WorkspaceContent.load(ws, evalsets: false)
        var sets = try WorkspaceContent.loadEvalsets(try evalsetFiles(), workspace: ws)
        for set in sets { try set.checkMarkets(known: content.markets) }
        if let market {
            let m = try content.market(named: market)
            sets = sets.map { var s = $0; s.cases = s.cases.filter { $0.market == m.id }; return s }.filter { !$0.cases.isEmpty }
        }
        if let casesPerMarket { sets = Self.firstCases(casesPerMarket, perMarketOf: sets) }
        let baselineReport = try baseline.map { try ReportFiles.read($0.url) }
        let loaded = try EngineSetup.load(ws, content: content, now: EngineSetup.fixedNow(ws), storePath: storePath)
        let runner = EvaluationRunner(engine: loaded.engine, markets: content.markets, jobs: jobs, judge: judge) {
            try EngineSetup.makeOrders(ws)
        }
        // Every case would read the chunks and policy tables it reaches for the first time: read
        // them all now, on every worker, so that the cases run at their steady pace.
        let preparing = Date()
        if Self.readsAhead(cases: sets.reduce(0) { $0 + $1.cases.count }, chunks: try loaded.store.indexedChunkCount()) {
            try loaded.engine.prepare(workers: jobs)
        }
        let readingAhead = Date().timeIntervalSince(preparing)
        let started = Date()
        var report = try runner.run(sets, workspaceName: ws.settings.name, engineName: loaded.engine.generatorName,
                                    createdAt: ISO8601DateFormatter().string(from: started), progress: progress)
        let seconds = Date().timeIntervalSince(started)
        if compareGenerators {
            let embedded = EvaluationRunner(engine: loaded.engine.with(generator: EmbeddedGenerator()), markets: content.markets, jobs: jobs) {
                try EngineSetup.makeOrders(ws)
            }
            let side = try embedded.run(sets, workspaceName: ws.settings.name, engineName: "embedded", createdAt: report.createdAt)
            report.generators = GeneratorComparison.compare(embedded: side, generator: report)
        }
        if let baselineReport, let baseline {
            report.comparison = BaselineComparer.compare(report, baseline: baselineReport, baselineName: baseline.name)
        }
        guard writesReports else { return Outcome(report: report, folder: nil, seconds: seconds, readingAhead: readingAhead) }
        let reports = ws.url(ws.settings.paths.reports)
        let folder = reportFolder ?? reports.appendingPathComponent("run-\(Self.runStamp.string(from: started))")
        try ReportFiles.write(report, to: folder)
        let latest = reports.appendingPathComponent("latest")
        if folder.standardizedFileURL != latest.standardizedFileURL {
            try? FileManager.default.removeItem(at: latest)
            try ReportFiles.write(report, to: latest)
        }
        return Outcome(report: report, folder: folder, seconds: seconds, readingAhead: readingAhead)
    }

    /// Whether reading the whole KB ahead pays: when the cases would reach most of its chunks
    /// anyway (a case reads up to `hitsPerCase` hits). The sample workspace's 924 cases reach over
    /// 1,100 of its 1,417 chunks among their first five sources alone; a few cases against a large
    /// KB read only their own.
    static func readsAhead(cases: Int, chunks: Int) -> Bool {
        cases * hitsPerCase >= chunks
    }

    static let hitsPerCase = 8

    /// The evalsets cut to the first `n` cases of each market, in evalset order.
    static func firstCases(_ n: Int, perMarketOf sets: [Evalset]) -> [Evalset] {
        var taken: [String: Int] = [:]
        return sets.map { set in
            var s = set
            s.cases = set.cases.filter { c in
                taken[c.market, default: 0] += 1
                return taken[c.market]! <= n
            }
            return s
        }.filter { !$0.cases.isEmpty }
    }

    static let runStamp: DateFormatter = {
        let f = DateFormatter()
        f.dateFormat = "yyyyMMdd-HHmmss"
        f.timeZone = TimeZone(identifier: "UTC")
        f.locale = Locale(identifier: "en_US_POSIX")
        return f
    }()
}
