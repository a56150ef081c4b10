import Foundation
import Testing
@testable import Orders
import Workspace

/// The ERP-JSON fuzz seeds and every input a fuzzer crashed on (Tests/Fuzz/regressions/erp-json) go
/// through the HTTP connector's JSON mapping as the fuzz target drives it: a record or a typed error.
@Suite struct OrdersFuzzCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    @Test func erpJSONInputsMapOrFailWithATypedError() throws {
        let files = ["corpus", "regressions"].flatMap { kind -> [URL] in
            let dir = Self.folder.appendingPathComponent(kind).appendingPathComponent("erp-json")
            return ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
                .filter { !$0.lastPathComponent.hasPrefix(".") }
        }
        #expect(files.count >= 4)
        var records = 0
        for url in files {
            let body = try Data(contentsOf: url)
            for mapping in [ERPSettings.ResponseMapping(),
                            ERPSettings.ResponseMapping(root: "data.order", fields: ["number": "id", "items.sku": "code"],
                                                        statusValues: ["SHIPPED": "shipped", "open": "processing"])] {
                let m = OrderJSONMapping(mapping: mapping, url: "http://erp.invalid/orders/X")
                if (try? m.record(from: body)) != nil { records += 1 }
                _ = m.statusIfPresent(in: body)
            }
        }
        #expect(records >= 3)  // full.json, minimal.json, remapped.json
    }
}
