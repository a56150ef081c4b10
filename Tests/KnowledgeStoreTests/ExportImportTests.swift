import Foundation
import Testing
@testable import KnowledgeStore

/// Importing help-centre exports: each article and language a document under `file#article/locale`,
/// unchanged, updated and removed on its own. The sample exports are the IngestTests fixtures.
@Suite struct ExportImportTests {
    static func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../IngestTests/Fixtures/exports/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func anExportImportsItsArticlesAndReportsTheRest() throws {
        let ws = try TempWorkspace()
        try ws.write("help/help-centre.zendesk.json", try Self.fixture("help-centre.zendesk.json"))
        try ws.write("help/help-centre.intercom.json", try Self.fixture("help-centre.intercom.json"))
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30))
        let report = try ws.importDocs()
        #expect(report.added == ["de/zendesk-4410001", "en/intercom-9120001", "en/intercom-9120002", "en/intercom-9120003", "en/returns",
                                 "en/zendesk-4410001", "fr/intercom-9120001", "pt/zendesk-4410002", "zh/zendesk-4410002"])
        #expect(report.files == 3)
        let skipped = Dictionary(uniqueKeysWithValues: report.skipped.map { ($0.path, $0.reason) })
        #expect(skipped.keys.sorted() == [
            "kb/docs/help/help-centre.intercom.json#9120001/ja", "kb/docs/help/help-centre.intercom.json#9120003/de",
            "kb/docs/help/help-centre.zendesk.json#4410003/en-us", "kb/docs/help/help-centre.zendesk.json#4410004/en-us",
            "kb/docs/help/help-centre.zendesk.json#4410005/tlh-qq",
        ])
        #expect(skipped["kb/docs/help/help-centre.zendesk.json#4410004/en-us"] == "article 4410004 (en-us): no 'body'")

        let tent = try ws.store.document(try ws.store.resolve("en/zendesk-4410001"))
        #expect(tent.summary.path == "kb/docs/help/help-centre.zendesk.json#4410001/en-us")
        #expect(tent.summary.title == "Returning a tent")
        #expect(tent.summary.updated == "2026-10-02")
        #expect(tent.metadata["canonical_url"] == "https://help.example-outfitters.test/hc/en-us/articles/4410001-Returning-a-tent")
        #expect(tent.metadata["section_id"] == "3300012")
        #expect(tent.metadata["tags"] == "returns, tents")
        #expect(tent.text.contains("within 45 days of delivery"))
    }

    @Test func reimportingChangesOnlyTheArticlesThatChanged() throws {
        let ws = try TempWorkspace()
        let original = try Self.fixture("help-centre.zendesk.json")
        try ws.write("help.zendesk.json", original)
        _ = try ws.importDocs()
        let again = try ws.importDocs()
        #expect(again.unchanged.count == 4 && again.added.isEmpty && again.updated.isEmpty && again.removed.isEmpty)

        // One article edited, one translation deleted from the export, one published article now a draft.
        var edited = original.replacingOccurrences(of: "within <strong>45 days</strong>", with: "within <strong>60 days</strong>")
        edited = edited.replacingOccurrences(of: #""locale": "zh-cn","#, with: #""locale": "zh-cn", "draft": true,"#)
        try ws.write("help.zendesk.json", edited)
        let third = try ws.importDocs()
        #expect(third.updated == ["en/zendesk-4410001"])
        #expect(third.unchanged == ["de/zendesk-4410001", "pt/zendesk-4410002"])
        #expect(third.removed == ["zh/zendesk-4410002"], "an article unpublished to a draft leaves the KB")
        #expect(try ws.store.document(try ws.store.resolve("en/zendesk-4410001")).text.contains("within 60 days"))
    }

    @Test func aBrokenExportKeepsWhatWasImportedFromIt() throws {
        let ws = try TempWorkspace()
        try ws.write("help.zendesk.json", try Self.fixture("help-centre.zendesk.json"))
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30))
        _ = try ws.importDocs()
        try ws.write("help.zendesk.json", try Self.fixture("broken.zendesk.json"))
        let report = try ws.importDocs()
        #expect(report.removed.isEmpty, "a file that is not JSON says nothing about its articles")
        #expect(report.skipped.map(\.path) == ["kb/docs/help.zendesk.json"])
        #expect(report.skipped.first?.line == 3)
        #expect(report.skipped.first?.reason.contains("invalid JSON at line 3, column 33") == true)
        #expect(try ws.store.counts().documents == 5)
    }

    @Test func importingTheExportFileAloneRemovesArticlesGoneFromIt() throws {
        let ws = try TempWorkspace()
        try ws.write("help.zendesk.json", try Self.fixture("help-centre-page-2.zendesk.json"))
        try ws.write("other.zendesk.json", try Self.fixture("help-centre-page-2.zendesk.json").replacingOccurrences(of: "4410006", with: "4410007"))
        let file = ws.docs.appendingPathComponent("help.zendesk.json")
        _ = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [ws.docs])
        try ws.write("help.zendesk.json", "[]")
        let report = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [file])
        #expect(report.removed == ["en/zendesk-4410006"])
    }

    @Test func reimportingTheExportFileAloneFindsItsArticlesUnchanged() throws {
        // The import reads only the documents it can touch: for an export named alone, those stored
        // under "file#…" (ExistingDocuments' containers), or every article would look new.
        let ws = try TempWorkspace()
        try ws.write("help.zendesk.json", try Self.fixture("help-centre.zendesk.json"))
        let file = ws.docs.appendingPathComponent("help.zendesk.json")
        _ = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [file])
        let again = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [file])
        #expect(again.unchanged.count == 4 && again.added.isEmpty && again.updated.isEmpty && again.removed.isEmpty)
    }

    @Test func aJSONFileThatIsNoExportIsSkipped() throws {
        let ws = try TempWorkspace()
        try ws.write("settings.json", try Self.fixture("settings.json"))
        try ws.write("articles.json", try Self.fixture("articles.json"))
        let report = try ws.importDocs()
        #expect(report.added == ["en/zendesk-7001"])
        #expect(report.skipped.map(\.path) == ["kb/docs/settings.json"])
        #expect(report.skipped.first?.reason.contains("not a help-centre export") == true)
    }
}
