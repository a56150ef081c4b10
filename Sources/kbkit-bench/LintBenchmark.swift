import Foundation
import KnowledgeStore
import Lint
import Workspace

/// Issue 13: `kbkit lint` on the sample workspace (target < 1 s) and on the bench corpus (target
/// < 10 s). The corpus has no kbkit.yaml: it is linted with an empty one (no markets, so no tone or
/// coverage cells; its translations share ids across languages, so facts, stale, parity, glossary
/// and duplicates run on them), its import not counted.
enum LintBenchmark {
    static func run(workspace: URL, corpus: URL) throws -> String {
        var out = "== lint\n"
        // The sample workspace: its own store (kbkit import must have run), loading included.
        let ws = try Workspace.open(workspace)
        let store = try KnowledgeStore(path: ws.storePath)
        var sampleTimes: [Double] = []
        var report: LintReport?
        let sampleCPU = cpuSeconds()
        for _ in 0..<3 {
            let (r, t) = try Measure.time { () throws -> LintReport in
                let content = try WorkspaceContent.load(ws, evalsets: false)
                let context = try LintLoader.load(workspace: ws, content: content, store: store)
                return Linter(settings: ws.settings.lint).run(context)
            }
            report = r
            sampleTimes.append(t)
        }
        if let report {
            out += "sample workspace (median of 3, workspace and store loading included): \(String(format: "%.2f", Measure.median(sampleTimes))) s wall, "
                + "\(String(format: "%.2f", (cpuSeconds() - sampleCPU) / 3)) s CPU (both cores), "
                + "\(report.documents) documents, \(report.findings.count) findings   [target < 1 s]\n"
        }

        guard FileManager.default.fileExists(atPath: corpus.path) else { return out + "bench corpus: not found at \(corpus.path)\n" }
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-bench-lint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        try "name: bench corpus\n".write(to: tmp.appendingPathComponent("kbkit.yaml"), atomically: true, encoding: .utf8)
        let benchWS = try Workspace.open(tmp)
        let benchStore = try KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        _ = try Importer(store: benchStore, workspaceRoot: corpus).run(roots: [corpus])
        let content = try WorkspaceContent.load(benchWS)
        let benchCPU = cpuSeconds()
        let (loaded, loadSeconds) = try Measure.time { try LintLoader.context(workspace: benchWS, content: content, store: benchStore, filesRoot: corpus) }
        let (benchReport, lintSeconds) = Measure.time { Linter(settings: benchWS.settings.lint).run(loaded) }
        let lintCPU = cpuSeconds() - benchCPU
        out += "bench corpus: \(String(format: "%.2f", loadSeconds + lintSeconds)) s wall, \(String(format: "%.2f", lintCPU)) s CPU (loading \(String(format: "%.2f", loadSeconds)) s, rules \(String(format: "%.2f", lintSeconds)) s), "
            + "\(benchReport.documents) documents, \(benchReport.findings.count) findings   [target < 10 s]\n"
        out += "  per rule: " + benchReport.seconds.map { "\($0.rule) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", ") + "\n"
        out += "  findings by rule: " + benchReport.summary.by_rule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
        return out
    }

    /// User and system CPU time of this process so far: on a shared machine the wall clock also
    /// counts other processes' turns.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
