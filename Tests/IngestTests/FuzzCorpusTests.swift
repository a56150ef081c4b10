import Foundation
import Testing
import Ingest

/// Every seed of the fuzz corpus and every input a fuzzer ever crashed on (Tests/Fuzz/regressions)
/// goes through its parser in the normal test suite: a crash found once stays fixed.
@Suite struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    /// The files of `corpus/<target>` and `regressions/<target>`.
    static func inputs(_ target: String) -> [URL] {
        ["corpus", "regressions"].flatMap { kind -> [URL] in
            let dir = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
            return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
                .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
        }
    }

    @Test func htmlInputsParseOrFailWithAReason() throws {
        let files = Self.inputs("html")
        #expect(files.count >= 10)
        for url in files {
            do { _ = try Extractor().extract(data: try Data(contentsOf: url), format: .html, name: url.lastPathComponent) }
            catch { #expect(!String(describing: error).isEmpty) }
        }
    }

    @Test func helpExportInputsReadAsArticlesOrProblems() throws {
        let files = Self.inputs("help-export")
        #expect(files.count >= 5)
        for url in files {
            let data = try Data(contentsOf: url)
            for kind in HelpCentreExport.Kind.allCases {
                let reading = HelpCentreExport.read(data, kind: kind, languages: ["en", "de", "fr", "pt", "zh"])
                #expect(!reading.articles.isEmpty || !reading.problems.isEmpty || data.count < 8, "\(url.lastPathComponent) as \(kind)")
                for article in reading.articles { _ = try? Extractor().extract(article: article) }
            }
        }
    }

    @Test func markdownInputsParseOrFailWithAReason() throws {
        let files = Self.inputs("markdown")
        #expect(files.count >= 5)
        for url in files {
            do { _ = try Extractor().extract(data: try Data(contentsOf: url), format: .markdown, name: url.lastPathComponent) }
            catch { #expect(!String(describing: error).isEmpty) }
        }
    }
}
