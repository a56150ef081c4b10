import Foundation
import Ingest

/// Extraction alone (read + parse + structure), on all cores: separates parsing cost from SQLite cost.
enum ExtractBenchmark {
    static func run(corpus: URL) throws -> String {
        let files = (FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { Extractor.format(ofExtension: $0.pathExtension) != nil }
        let datas = files.map { (try? Data(contentsOf: $0)) ?? Data() }
        let bytes = datas.reduce(0) { $0 + $1.count }
        var out = "== extract only: \(files.count) files, \(String(format: "%.2f", Double(bytes) / 1e6)) MB\n"
        for (label, format) in [("markdown", ExtractedDocument.Format.markdown), ("html", .html)] {
            let idx = files.indices.filter { Extractor.format(ofExtension: files[$0].pathExtension) == format }
            let size = idx.reduce(0) { $0 + datas[$1].count }
            let (_, t1) = Measure.time { for i in idx { _ = try? Extractor().extract(data: datas[i], format: format) } }
            out += "\(label): 1 core \(String(format: "%.1f", Double(size) / 1e6 / t1)) MB/s"
            let (_, t2) = Measure.time { DispatchQueue.concurrentPerform(iterations: idx.count) { k in _ = try? Extractor().extract(data: datas[idx[k]], format: format) } }
            out += " · all cores \(String(format: "%.1f", Double(size) / 1e6 / t2)) MB/s\n"
        }
        return out
    }
}
