// libFuzzer targets for every parser that reads outside input. Built only for `make fuzz` (Package.swift
// adds this target when KBKIT_FUZZ=1), with -sanitize=fuzzer,address. The target is chosen by
// KBKIT_FUZZ_TARGET; see Tests/Fuzz/README.md.
import Foundation
@testable import Ingest
@testable import Orders
@testable import Workspace

enum FuzzTarget: String, CaseIterable {
    /// HTML pages: encoding sniffing and guessing, libxml2, boilerplate, main content, structure.
    case html
    /// Markdown with YAML front matter: cmark-gfm, front matter rules, then the HTML path.
    case markdown
    /// A workspace YAML file through every loader (kbkit.yaml, market, taxonomy, examples, glossary).
    case workspaceYAML = "workspace-yaml"
    /// An evalset file.
    case evalset
    /// An order response of the HTTP ERP connector, through the JSON mapping (default and remapped).
    case erpJSON = "erp-json"
    /// A help-centre export (Zendesk and Intercom shapes), and each article's body through the extractor.
    case helpExport = "help-export"

    func run(_ data: Data) {
        switch self {
        case .html:
            _ = try? Extractor().extract(data: data, format: .html, name: "fuzz.html")
        case .markdown:
            _ = try? Extractor().extract(data: data, format: .markdown, name: "fuzz.md")
        case .workspaceYAML:
            guard let text = String(data: data, encoding: .utf8), let node = try? YAMLNode.parse(text, file: "fuzz.yaml") else { return }
            _ = try? WorkspaceSettings.load(node)
            _ = try? Market.load(node)
            _ = try? IntentCatalog.loadTaxonomy(node)
            _ = try? IntentCatalog.loadExamples(node, known: ["order_status", "returns.policy"])
            _ = try? Glossary.load(node)
        case .evalset:
            guard let text = String(data: data, encoding: .utf8), let node = try? YAMLNode.parse(text, file: "fuzz.yaml") else { return }
            _ = try? Evalset.load(node)
        case .helpExport:
            _ = HelpCentreExport.detect(data)
            for kind in HelpCentreExport.Kind.allCases {
                let reading = HelpCentreExport.read(data, kind: kind, languages: ["en", "de", "fr", "ja", "pt", "zh"])
                for article in reading.articles { _ = try? Extractor().extract(article: article) }
            }
        case .erpJSON:
            for mapping in [ERPSettings.ResponseMapping(),
                            ERPSettings.ResponseMapping(root: "data.order", fields: ["number": "id", "items.sku": "code"],
                                                        statusValues: ["SHIPPED": "shipped", "open": "processing"])] {
                let m = OrderJSONMapping(mapping: mapping, url: "http://erp.invalid/orders/X")
                _ = try? m.record(from: data)
                _ = m.statusIfPresent(in: data)
            }
        }
    }

    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["KBKIT_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = allCases.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("kbkit-fuzz: set KBKIT_FUZZ_TARGET to one of: \(names)\n".utf8))
            exit(2)
        }
        return target
    }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    FuzzTarget.selected.run(data)
    return 0
}

/// SwiftPM links an executable target with `--defsym main=kbkit_fuzz_main` (so that tests can link the
/// module), which leaves libFuzzer's own `main` out: this is that entry point, handing over to
/// libFuzzer's driver with the same arguments.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("kbkit_fuzz_main")
public func kbkitFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    _ = FuzzTarget.selected  // fail early, before libFuzzer starts, when no target is chosen
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, size in fuzzOneInput(bytes, size) }
}
