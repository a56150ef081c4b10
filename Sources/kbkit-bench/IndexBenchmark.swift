import Foundation
import KnowledgeStore

/// Issue 3, item 6: index build time and size, and in-process query latency over the corpus's
/// hand-written queries (`queries.jsonl`: 160 queries in en, zh-cn, ja, ko, fr, de, es, ru).
enum IndexBenchmark {
    struct Query: Decodable { var lang: String; var q: String }

    static func run(corpus: URL) throws -> String {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-bench-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let dbPath = tmp.appendingPathComponent("kb.sqlite").path
        let store = try KnowledgeStore(path: dbPath)
        let (_, importSeconds) = try Measure.time { try Importer(store: store, workspaceRoot: corpus).run(roots: [corpus]) }
        let sizeBefore = databaseSize(dbPath)
        let (report, indexSeconds) = try Measure.time { try Indexer(store: store).run() }
        let indexBytes = databaseSize(dbPath) - sizeBefore

        let lines = try String(contentsOf: corpus.appendingPathComponent("queries.jsonl"), encoding: .utf8).split(separator: "\n")
        let queries = try lines.map { try JSONDecoder().decode(Query.self, from: Data($0.utf8)) }
        let searcher = Searcher(store: store)
        var latencies: [Double] = []
        var perLanguage: [String: [Double]] = [:]
        var empty = 0
        for round in 0..<5 {
            for q in queries {
                let lang = String(q.lang.split(separator: "-").first ?? "en")
                let (result, t) = try Measure.time { try searcher.search(SearchQuery(text: q.q, languages: [lang], limit: 10)) }
                if round == 0 { if result.hits.isEmpty { empty += 1 }; continue }  // warm-up round
                latencies.append(t * 1000)
                perLanguage[lang, default: []].append(t * 1000)
            }
        }
        var out = "== index: \(report.indexed.count) documents, \(report.chunks) chunks\n"
        out += "import \(String(format: "%.2f", importSeconds)) s + index \(String(format: "%.2f", indexSeconds)) s = \(String(format: "%.2f", importSeconds + indexSeconds)) s   [target < 3 s; Python peer: index 1.16 s]\n"
        out += "index size (chunks + FTS5): \(String(format: "%.1f", Double(indexBytes) / 1e6)) MB; store total \(String(format: "%.1f", Double(databaseSize(dbPath)) / 1e6)) MB\n"
        out += "queries: \(queries.count) × 4 rounds, \(empty) with no hit; latency p50 \(String(format: "%.2f", Measure.percentile(latencies, 0.5))) ms, p99 \(String(format: "%.2f", Measure.percentile(latencies, 0.99))) ms   [target ≤ 0.5 / 3 ms; Python peer 3.2 / 18 ms; tantivy 0.08 ms p50]\n"
        out += "per language p50 (ms): " + perLanguage.keys.sorted().map { "\($0) \(String(format: "%.2f", Measure.percentile(perLanguage[$0]!, 0.5)))" }.joined(separator: " · ") + "\n"
        out += "peak memory: \(String(format: "%.0f", Measure.peakMemoryMB)) MB   [target ≤ 150 MB]\n"
        return out
    }

    static func databaseSize(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }
}
