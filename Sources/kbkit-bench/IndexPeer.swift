import Foundation

/// The plain Python pipeline kbkit's import and index are measured against (issue 14, item 6):
/// `Benchmarks/peers/index_peer.py` (lxml + markdown-it-py + SQLite FTS5, one core) in the benchmark
/// venv (`make bench-peers`), on the same corpus in the same run, so that ratios survive a noisy machine.
struct IndexPeer {
    struct Figures: Decodable {
        var files: Int
        var chunks: Int
        var importSeconds: Double
        var indexSeconds: Double
        var queryP50: Double?
        var queryP99: Double?
        var storeMB: Double
        var importCPU: Double
        var indexCPU: Double

        var total: Double { importSeconds + indexSeconds }

        enum CodingKeys: String, CodingKey {
            case files, chunks, importSeconds = "import_s", indexSeconds = "index_s", queryP50 = "query_p50_ms", queryP99 = "query_p99_ms", storeMB = "store_mb", importCPU = "import_cpu_s", indexCPU = "index_cpu_s"
        }
    }

    static let missing = "no .venv-bench with lxml and markdown-it-py (run `make bench-peers`)"
    let peer: PeerScript

    init(repoRoot: URL) { peer = PeerScript(repoRoot: repoRoot, script: "index_peer.py") }

    /// The peer's figures, or nil when the venv is missing or the peer fails.
    func run(corpus: URL) -> Figures? {
        peer.run(["--corpus", corpus.path]).flatMap { try? JSONDecoder().decode(Figures.self, from: $0) }
    }
}
