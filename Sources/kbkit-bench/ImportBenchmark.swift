import Foundation
import KnowledgeStore

/// Issue 2, item 7: import the bench corpus (46.7 MB, 6,867 files, 21 languages) into a fresh store.
enum ImportBenchmark {
    static func run(corpus: URL, repeats: Int = 3) throws -> String {
        var times: [Double] = []
        var report = ImportReport()
        for _ in 0..<repeats {
            let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: tmp) }
            let store = try KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
            let importer = Importer(store: store, workspaceRoot: corpus)
            let (r, seconds) = try Measure.time { try importer.run(roots: [corpus]) }
            report = r
            times.append(seconds)
        }
        // Re-import of an unchanged corpus (the everyday case for editors).
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let store = try KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        let importer = Importer(store: store, workspaceRoot: corpus)
        _ = try importer.run(roots: [corpus])
        let (_, reimport) = try Measure.time { try importer.run(roots: [corpus]) }

        let t = Measure.median(times)
        let mb = Double(report.bytes) / 1_000_000
        var out = "== import: \(corpus.path)\n"
        out += "files \(report.files) (\(report.added.count) imported, \(report.skipped.count) skipped), \(String(format: "%.2f", mb)) MB, \(ProcessInfo.processInfo.activeProcessorCount) cores\n"
        out += "import (median of \(repeats)): \(String(format: "%.2f", t)) s · \(String(format: "%.1f", mb / t)) MB/s · \(String(format: "%.0f", Double(report.files) / t)) documents/s   [target ≥ 20 MB/s; Python peer 3.5 MB/s]\n"
        out += "re-import, nothing changed: \(String(format: "%.2f", reimport)) s\n"
        out += "peak memory: \(String(format: "%.0f", Measure.peakMemoryMB)) MB\n"
        if !report.skipped.isEmpty {
            out += "skipped:\n" + report.skipped.prefix(10).map { "  \($0.oneLine)" }.joined(separator: "\n") + "\n"
        }
        return out
    }
}
