import Foundation
import Testing
@testable import Workspace

/// The workspace-YAML and evalset fuzz seeds and every input a fuzzer crashed on (Tests/Fuzz/regressions)
/// go through the loaders exactly as the fuzz targets drive them.
@Suite struct WorkspaceFuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ target: String) -> [URL] {
        ["corpus", "regressions"].flatMap { kind -> [URL] in
            let dir = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(target)
            return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
                .filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
        }
    }

    @Test func workspaceYAMLInputsLoadOrFailWithALocatedError() throws {
        let files = Self.inputs("workspace-yaml")
        #expect(files.count >= 5)
        var loaded = 0
        for url in files {
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8),
                  let node = try? YAMLNode.parse(text, file: url.lastPathComponent) else { continue }
            if (try? WorkspaceSettings.load(node)) != nil { loaded += 1 }
            if (try? Market.load(node)) != nil { loaded += 1 }
            if (try? IntentCatalog.loadTaxonomy(node)) != nil { loaded += 1 }
            if (try? IntentCatalog.loadExamples(node, known: ["order_status", "returns.policy"])) != nil { loaded += 1 }
            if (try? Glossary.load(node)) != nil { loaded += 1 }
        }
        #expect(loaded >= 4)  // kbkit.yaml, the markets and the taxonomy are valid seeds
    }

    @Test func evalsetInputsLoadOrFailWithALocatedError() throws {
        let files = Self.inputs("evalset")
        #expect(files.count >= 3)
        for url in files {
            guard let text = String(data: try Data(contentsOf: url), encoding: .utf8) else { continue }
            do {
                guard let node = try YAMLNode.parse(text, file: url.lastPathComponent) else { continue }
                _ = try Evalset.load(node)
            } catch {
                #expect(error.file == url.lastPathComponent)
            }
        }
    }
}
