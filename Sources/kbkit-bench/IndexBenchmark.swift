import Foundation
import KnowledgeStore

/// Issue 3, item 6 and issue 14: index build time and size, the re-index of one changed document,
/// in-process query latency over the corpus's hand-written queries (`queries.jsonl`: 160 queries in
/// en, zh-cn, ja, ko, fr, de, es, ru), each beside its target and the Python peer's figure measured in
/// the same run (`IndexPeer`).
enum IndexBenchmark {
    struct Query: Decodable { var lang: String; var q: String }

    /// `keepStore`: the built store is written there instead of a temporary folder and kept, for
    /// `--only queries --store PATH` to measure the searcher again without rebuilding the index.
    static func run(corpus: URL, repoRoot: URL, keepStore: String? = nil) throws -> String {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-bench-index-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let dbPath = keepStore ?? tmp.appendingPathComponent("kb.sqlite").path
        if let keepStore, FileManager.default.fileExists(atPath: keepStore) {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: keepStore])
        }
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let store = try KnowledgeStore(path: dbPath)
        let (imported, importSeconds, importCPU) = try Measure.timeAndCPU { try Importer(store: store, workspaceRoot: corpus).run(roots: [corpus]) }
        let sizeBefore = databaseSize(dbPath)
        let (report, indexSeconds, indexCPU) = try Measure.timeAndCPU { try Indexer(store: store).run() }
        let indexBytes = databaseSize(dbPath) - sizeBefore
        let oneDocument = try reindexOne(store: store, corpus: corpus, tmp: tmp)

        let (queries, latencies, perLanguage, empty, firstRound) = try queryLatencies(store: store, corpus: corpus)
        let memory = Measure.peakMemoryMB
        let sizes = try store.tableSizes()
        let storeBytes = databaseSize(dbPath)
        let peer = IndexPeer(repoRoot: repoRoot).run(corpus: corpus)
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"

        func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        let total = importSeconds + indexSeconds
        var out = "== index: \(report.indexed.count) documents, \(report.chunks) chunks (load average \(load) on \(ProcessInfo.processInfo.activeProcessorCount) cores)\n"
        let peerTotal = peer.map { "; Python peer \(f($0.importSeconds)) + \(f($0.indexSeconds)) = \(f($0.total)) s: kbkit \(f($0.total / total, 1))× faster [target ≥ 5×], index \(f($0.indexSeconds / indexSeconds, 1))×" }
            ?? "; Python peer NOT RUN: \(IndexPeer.missing)"
        out += "import \(f(importSeconds)) s + index \(f(indexSeconds)) s = \(f(total)) s   [target ≤ 3 s]\(peerTotal)\n"
        out += "CPU time: import \(f(importCPU)) s + index \(f(indexCPU)) s = \(f(importCPU + indexCPU)) s"
        out += peer.map { "; Python peer \(f($0.importCPU)) + \(f($0.indexCPU)) = \(f($0.importCPU + $0.indexCPU)) s: kbkit \(f(($0.importCPU + $0.indexCPU) / (importCPU + indexCPU), 1))× less, index \(f($0.indexCPU / indexCPU, 1))×\n" } ?? "\n"
        out += "re-import + re-index of one changed document: \(f(oneDocument.importMS, 1)) + \(f(oneDocument.indexMS, 1)) = \(f(oneDocument.importMS + oneDocument.indexMS, 1)) ms   [target ≤ 50 ms]\n"
        let sourceMB = Double(imported.bytes) / 1e6
        out += "store \(f(Double(storeBytes) / 1e6, 1)) MB for \(f(sourceMB, 1)) MB of sources = \(f(Double(storeBytes) / 1e6 / sourceMB, 2))×   [target ≤ 2.5×]; index alone (chunks + FTS5) \(f(Double(indexBytes) / 1e6, 1)) MB"
        out += peer.map { "; Python peer store \(f($0.storeMB, 1)) MB\n" } ?? "\n"
        out += "per table (MB): " + sizes.map { "\($0.name) \(f(Double($0.bytes) / 1e6, 1))" }.joined(separator: " · ") + "\n"
        out += "queries: \(queries.count) × 4 rounds, \(empty) with no hit; latency p50 \(f(Measure.percentile(latencies, 0.5))) ms, p99 \(f(Measure.percentile(latencies, 0.99))) ms   [target ≤ 0.3 / 2 ms in every language]"
        let p50 = Measure.percentile(latencies, 0.5), p99 = Measure.percentile(latencies, 0.99)
        out += peer.map { p in
            let ratios = p.queryP50.flatMap { a in p.queryP99.map { b in " (kbkit \(f(a / p50, 1))× / \(f(b / p99, 1))× as fast)" } } ?? ""
            return "; Python peer p50 \(p.queryP50.map { f($0) } ?? "–") / p99 \(p.queryP99.map { f($0) } ?? "–") ms\(ratios)\n"
        } ?? "\n"
        out += "per language p50 / p99 (ms): " + perLanguage.keys.sorted().map {
            "\($0) \(f(Measure.percentile(perLanguage[$0]!, 0.5))) / \(f(Measure.percentile(perLanguage[$0]!, 0.99)))"
        }.joined(separator: " · ") + "\n"
        out += firstRoundLine(firstRound)
        out += try pruningLines(store: store, queries: queries)
        out += "peak memory (import, index, queries): \(f(memory, 0)) MB   [target ≤ 150 MB]\n"
        return out
    }

    /// The corpus's queries, searched five times each (the first round warms the caches and is not
    /// counted): every latency in milliseconds, per language, and how many queries found nothing.
    /// `firstRound`: the first round's latencies, each query's first search on caches that have seen
    /// only the queries before it (term counts, chunk lengths, the common terms' postings, chunk texts).
    static func queryLatencies(store: KnowledgeStore, corpus: URL) throws -> (queries: [Query], all: [Double], perLanguage: [String: [Double]], empty: Int, firstRound: [Double]) {
        let lines = try String(contentsOf: corpus.appendingPathComponent("queries.jsonl"), encoding: .utf8).split(separator: "\n")
        let queries = try lines.map { try JSONDecoder().decode(Query.self, from: Data($0.utf8)) }
        let searcher = Searcher(store: store)
        var latencies: [Double] = []
        var perLanguage: [String: [Double]] = [:]
        var empty = 0
        var firstRound: [Double] = []
        for round in 0..<5 {
            for q in queries {
                let lang = String(q.lang.split(separator: "-").first ?? "en")
                let (result, t) = try Measure.time { try searcher.search(SearchQuery(text: q.q, languages: [lang], limit: 10)) }
                if round == 0 { if result.hits.isEmpty { empty += 1 }; firstRound.append(t * 1000); continue }  // warm-up round
                latencies.append(t * 1000)
                perLanguage[lang, default: []].append(t * 1000)
            }
        }
        return (queries, latencies, perLanguage, empty, firstRound)
    }

    /// The warm-up round's figures: what a search costs before the caches know its terms.
    static func firstRoundLine(_ latencies: [Double]) -> String {
        String(format: "first round (each query's first search, not counted above): p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
               Measure.percentile(latencies, 0.5), Measure.percentile(latencies, 0.99), latencies.max() ?? 0)
    }

    /// What pruning a query to its rarest terms costs (RankedQuery): the share of each query's top ten
    /// that the whole query also ranks in its top ten, on average, and how many queries were pruned.
    static func pruningAgreement(store: KnowledgeStore, queries: [Query]) throws -> (agreement: Double, identical: Int) {
        var pruned = Searcher(store: store), whole = Searcher(store: store)
        pruned.pruning = .standard
        whole.pruning = nil
        var shares: [Double] = [], identical = 0
        for q in queries {
            let lang = String(q.lang.split(separator: "-").first ?? "en")
            let a = try pruned.search(SearchQuery(text: q.q, languages: [lang], limit: 10)).hits.map(\.chunk)
            let b = try whole.search(SearchQuery(text: q.q, languages: [lang], limit: 10)).hits.map(\.chunk)
            shares.append(b.isEmpty ? 1 : Double(Set(a).intersection(b).count) / Double(b.count))
            if a == b { identical += 1 }
        }
        return (shares.reduce(0, +) / Double(max(1, shares.count)), identical)
    }

    /// What the pruning keeps of the whole query's ranking, and what a search costs before scoring.
    static func pruningLines(store: KnowledgeStore, queries: [Query]) throws -> String {
        let agreement = try pruningAgreement(store: store, queries: queries)
        return String(format: "top ten as the whole query ranks it: %.1f %% of the hits, %d of %d queries identical; a search that finds nothing: %.3f ms p50\n",
                      agreement.agreement * 100, agreement.identical, queries.count, try emptySearchFloor(store: store))
    }

    /// The fixed cost of a search, apart from scoring: a word no chunk has, searched 500 times (p50, ms).
    static func emptySearchFloor(store: KnowledgeStore) throws -> Double {
        let searcher = Searcher(store: store)
        var times: [Double] = []
        for _ in 0..<500 {
            times.append(try Measure.time { try searcher.search(SearchQuery(text: "qzxwvy", languages: ["en"], limit: 10)) }.1 * 1000)
        }
        return Measure.percentile(times, 0.5)
    }

    /// The query figures alone, on a store already imported and indexed (`--only queries --store
    /// PATH`): for working on the searcher without rebuilding the index each time.
    static func queriesOnly(storePath: String, corpus: URL) throws -> String {
        let store = try KnowledgeStore(path: storePath)
        let (queries, all, perLanguage, empty, firstRound) = try queryLatencies(store: store, corpus: corpus)
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        var out = "queries: \(queries.count) × 4 rounds, \(empty) with no hit; latency p50 \(f(Measure.percentile(all, 0.5))) ms, p99 \(f(Measure.percentile(all, 0.99))) ms   [target ≤ 0.3 / 2 ms in every language]\n"
        out += try pruningLines(store: store, queries: queries)
        out += firstRoundLine(firstRound)
        out += "per language p50 / p99 (ms): " + perLanguage.keys.sorted().map {
            "\($0) \(f(Measure.percentile(perLanguage[$0]!, 0.5))) / \(f(Measure.percentile(perLanguage[$0]!, 0.99)))"
        }.joined(separator: " · ") + "\n"
        return out
    }

    /// One Markdown document added beside the corpus, then changed: the time to re-import it alone
    /// and to bring the index up to date (what an editor waits for after saving a file).
    static func reindexOne(store: KnowledgeStore, corpus: URL, tmp: URL) throws -> (importMS: Double, indexMS: Double) {
        let file = tmp.appendingPathComponent("edited.md")
        let page = """
            ---
            id: bench-edited
            lang: en
            title: Rotating the collector's certificates
            ---
            # Rotating the collector's certificates

            The collector reloads its TLS certificates when the files change. Keep the old key until every client has the new one.

            ## Steps

            1. Write the new certificate and key next to the old ones.
            2. Point the configuration at them and wait for the reload message in the log.

            """
        try page.write(to: file, atomically: true, encoding: .utf8)
        let importer = Importer(store: store, workspaceRoot: corpus)
        _ = try importer.run(roots: [file])
        _ = try Indexer(store: store).run()
        try (page + "3. Remove the old files once no client uses them.\n").write(to: file, atomically: true, encoding: .utf8)
        let (_, importSeconds) = try Measure.time { try importer.run(roots: [file]) }
        let (_, indexSeconds) = try Measure.time { try Indexer(store: store).run() }
        return (importSeconds * 1000, indexSeconds * 1000)
    }

    static func databaseSize(_ path: String) -> Int {
        [path, path + "-wal"].reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
    }
}
