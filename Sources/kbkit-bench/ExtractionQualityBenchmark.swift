import Foundation
import Ingest

/// Main-content extraction on real pages (`../shared/extraction-dev`): shingle precision, recall and F1
/// against the article Readability keeps, overall, on the tuning half (pages with an even index in name
/// order) and the held-out half (odd index), and per page type; then the speed on one core.
///
/// The page type is what the page offers as a hint, read from its source with plain string tests
/// (not by the extractor, so that the grouping does not depend on what is measured).
enum ExtractionQualityBenchmark {
    struct Page {
        var name: String
        var source: Data
        var expected: String
        var index: Int
        var type: String
    }

    static func run(dataset: URL, listPages: Bool) throws -> String {
        let pages = try load(dataset)
        var scores: [ShingleMetric.PageScore] = []
        var rows: [(String, ShingleMetric.PageScore)] = []
        for page in pages {
            let text = (try? Extractor().extract(data: page.source, format: .html, name: "source.html")).map(mainText) ?? ""
            let s = ShingleMetric.score(extracted: text, expected: page.expected)
            scores.append(s)
            rows.append((page.name, s))
        }
        let bytes = pages.reduce(0) { $0 + $1.source.count }
        // Speed: one core, three passes, the fastest counts (the machine is shared).
        var best = Double.infinity
        for _ in 0..<3 {
            let (_, t) = Measure.time { for p in pages { _ = try? Extractor().extract(data: p.source, format: .html, name: "source.html") } }
            best = min(best, t)
        }

        var out = "== extraction quality: \(pages.count) pages in \(dataset.path) (shingle metric, vs Readability's article)\n"
        out += Measure.pad("", 34) + "pages  precision  recall     F1\n"
        func line(_ label: String, _ idx: [Int]) {
            let m = ShingleMetric.summary(idx.map { scores[$0] })
            out += Measure.pad(label, 34) + Measure.pad(String(idx.count), 7)
                + String(format: "%.3f      %.3f      %.3f\n", m.precision, m.recall, m.f1)
        }
        line("all pages", Array(pages.indices))
        line("tuning half (even index)", pages.indices.filter { pages[$0].index % 2 == 0 })
        line("held-out half (odd index)", pages.indices.filter { pages[$0].index % 2 == 1 })
        for type in Set(pages.map(\.type)).sorted() {
            line("  type: " + type, pages.indices.filter { pages[$0].type == type })
        }
        out += "target: F1 ≥ 0.95 with precision ≥ 0.93 (published: trafilatura 0.958, Readability.js 0.947)\n"
        out += String(format: "speed: 1 core %.1f MB/s · %.2f ms per page (%.2f MB; target ≥ 20 MB/s)\n",
                      Double(bytes) / 1e6 / best, best * 1000 / Double(max(pages.count, 1)), Double(bytes) / 1e6)
        if listPages {
            out += "\nper page (worst F1 first):\n"
            for (name, s) in rows.sorted(by: { f1($0.1) < f1($1.1) }) {
                out += Measure.pad(name, 44) + String(format: "P %.2f  R %.2f  F1 %.2f\n", s.precision ?? 0, s.recall ?? 0, f1(s))
            }
        }
        return out
    }

    private static func f1(_ s: ShingleMetric.PageScore) -> Double {
        let p = s.precision ?? 0, r = s.recall ?? 0
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    /// The extractor's main text with its headings, in page order (Readability's article has them too).
    static func mainText(_ doc: ExtractedDocument) -> String {
        var parts: [String] = []
        for section in doc.sections {
            if let heading = section.headingPath.last { parts.append(heading) }
            parts.append(section.text)
        }
        return parts.joined(separator: "\n\n")
    }

    static func load(_ dataset: URL) throws -> [Page] {
        let folder = dataset.appendingPathComponent("pages")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        return try names.enumerated().map { i, name in
            let dir = folder.appendingPathComponent(name)
            let source = try Data(contentsOf: dir.appendingPathComponent("source.html"))
            let expected = FragmentText.of(html: try Data(contentsOf: dir.appendingPathComponent("expected.html")))
            return Page(name: name, source: source, expected: expected, index: i, type: pageType(source))
        }
    }

    static func pageType(_ source: Data) -> String {
        let html = String(decoding: source, as: UTF8.self).lowercased()
        if html.contains("<main") || html.contains("role=\"main\"") || html.contains("role='main'") || html.contains("role=main") { return "<main> or role=main" }
        if html.contains("<article") { return "<article>" }
        if html.contains("articlebody") { return "JSON-LD articleBody" }
        return "no hint"
    }
}
