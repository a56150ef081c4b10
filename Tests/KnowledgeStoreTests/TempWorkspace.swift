import Foundation
@testable import KnowledgeStore

/// A throw-away workspace folder with a store, removed when the test ends.
final class TempWorkspace {
    let root: URL
    let store: KnowledgeStore

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("kb/docs"), withIntermediateDirectories: true)
        store = try KnowledgeStore(path: root.appendingPathComponent(".kbkit/kb.sqlite").path)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var docs: URL { root.appendingPathComponent("kb/docs") }

    func write(_ path: String, _ text: String) throws {
        let url = docs.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let url = docs.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func delete(_ path: String) throws { try FileManager.default.removeItem(at: docs.appendingPathComponent(path)) }

    func importDocs(batchSize: Int = 64) throws -> ImportReport {
        try Importer(store: store, workspaceRoot: root).run(roots: [docs], batchSize: batchSize)
    }

    static func policy(id: String, lang: String, days: Int, markets: String = "[DE]") -> String {
        """
        ---
        id: \(id)
        title: Returns \(lang)
        lang: \(lang)
        markets: \(markets)
        type: policy
        updated: 2026-10-01
        ---
        # Returns

        You can return items within \(days) days.

        ## Refunds

        Refunds take 5 business days.
        """
    }
}
