import Foundation
import Testing
import GRDB
@testable import KnowledgeStore

@Suite struct ImportTests {
    @Test func firstImportAddsAndSecondChangesNothing() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30, markets: "[US, GB]"))
        try ws.write("en/faq.html", "<html lang=en><head><meta name='kb:id' content='faq'></head><body><main><h1>FAQ</h1><h2>Can I pay later?</h2><p>Yes, with Klarna.</p></main></body></html>")

        let first = try ws.importDocs()
        #expect(first.added == ["de/returns", "en/faq", "en/returns"])
        #expect(first.updated.isEmpty && first.unchanged.isEmpty && first.removed.isEmpty && first.skipped.isEmpty)

        let versionsBefore = try ws.store.counts().versions
        let second = try ws.importDocs()
        #expect(second.unchanged == ["de/returns", "en/faq", "en/returns"])
        #expect(second.added.isEmpty && second.updated.isEmpty && second.removed.isEmpty)
        #expect(try ws.store.counts().versions == versionsBefore, "an unchanged file must not be rewritten")
    }

    /// An ordered list's numbers are stored with its items; a file read by an older extractor (a
    /// store from before `Extractor.version` was recorded) is read again on the next import, as a new
    /// version, and then left alone.
    @Test func stepsAreStoredAndAFileReadByAnOlderExtractorIsReadAgain() throws {
        let ws = try TempWorkspace()
        try ws.write("en/guide.md", "---\nid: guide\nlang: en\n---\n# Cleaning\n\n1. Fill the jar.\n2. Blend for 20 seconds.\n\n- Not in the dishwasher.\n")
        _ = try ws.importDocs()
        let summary = try ws.store.resolve("en/guide")
        let blocks = try ws.store.document(summary).sections.flatMap(\.blocks)
        #expect(blocks.map(\.step) == [1, 2, nil])
        try ws.store.write { db in try db.execute(sql: "UPDATE versions SET extractor = NULL") }
        let again = try ws.importDocs()
        #expect(again.updated == ["en/guide"] && again.reread == ["en/guide"])
        #expect(try ws.store.resolve("en/guide").version == 2)
        #expect(try ws.store.document(try ws.store.resolve("en/guide")).sections.flatMap(\.blocks).map(\.step) == [1, 2, nil])
        let third = try ws.importDocs()
        #expect(third.unchanged == ["en/guide"] && third.reread.isEmpty)
    }

    @Test func aChangedFileBecomesANewVersionAndTheOldOneIsKept() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        _ = try ws.importDocs()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 14))
        let report = try ws.importDocs()
        #expect(report.updated == ["de/returns"])

        let summary = try ws.store.resolve("de/returns")
        #expect(summary.version == 2)
        let v1 = try ws.store.document(summary, version: 1)
        let v2 = try ws.store.document(summary)
        #expect(v1.text.contains("within 30 days"))
        #expect(v2.text.contains("within 14 days"))
        #expect(v2.versions.map(\.version) == [1, 2])
        let diff = TextDiff.lines(from: v1.text, to: v2.text)
        #expect(diff.contains(.removed("You can return items within 30 days.")))
        #expect(diff.contains(.added("You can return items within 14 days.")))
        #expect(diff.filter { if case .same = $0 { return false }; return true }.count == 2)
    }

    @Test func aFileGoneFromTheSourceIsReportedRemovedNotDropped() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("de/shipping.md", TempWorkspace.policy(id: "shipping", lang: "de", days: 30))
        _ = try ws.importDocs()
        try ws.delete("de/shipping.md")
        let report = try ws.importDocs()
        #expect(report.removed == ["de/shipping"])
        #expect(report.unchanged == ["de/returns"])
        #expect(try ws.store.documents().map(\.key) == ["de/returns"])
        #expect(try ws.store.documents(includeRemoved: true).first { $0.key == "de/shipping" }?.removed == true)
        // Reported once: the next import has nothing new to say.
        #expect(try ws.importDocs().removed.isEmpty)
        // It comes back.
        try ws.write("de/shipping.md", TempWorkspace.policy(id: "shipping", lang: "de", days: 30))
        #expect(try ws.importDocs().added == ["de/shipping"])
        #expect(try ws.store.documents().count == 2)
    }

    @Test func importingOneFileDoesNotRemoveTheOthers() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("de/shipping.md", TempWorkspace.policy(id: "shipping", lang: "de", days: 30))
        _ = try ws.importDocs()
        let report = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [ws.docs.appendingPathComponent("de/returns.md")])
        #expect(report.unchanged == ["de/returns"])
        #expect(report.removed.isEmpty)
    }

    @Test func importingOneFolderRemovesOnlyWhatIsGoneFromIt() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("de/shipping.md", TempWorkspace.policy(id: "shipping", lang: "de", days: 30))
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30))
        _ = try ws.importDocs()
        try ws.delete("de/shipping.md")
        try ws.delete("en/returns.md")
        let report = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [ws.docs.appendingPathComponent("de")])
        #expect(report.removed == ["de/shipping"])
        #expect(report.unchanged == ["de/returns"])
        #expect(try ws.store.documents().map(\.key).sorted() == ["de/returns", "en/returns"])
    }

    @Test func aMovedFileImportedAloneIsTheNextVersionOfItsDocument() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("de/shipping.md", TempWorkspace.policy(id: "shipping", lang: "de", days: 30))
        _ = try ws.importDocs()
        try ws.delete("de/returns.md")
        #expect(try ws.importDocs().removed == ["de/returns"])
        // Back under another name, imported by itself: the store's document is found by its id.
        try ws.write("de/policies/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 14))
        let report = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [ws.docs.appendingPathComponent("de/policies/returns.md")])
        #expect(report.updated == ["de/returns"] && report.added.isEmpty)
        let summary = try ws.store.resolve("de/returns")
        #expect(summary.version == 2)
        #expect(summary.path == "kb/docs/de/policies/returns.md")
        #expect(summary.removed == false)
        #expect(try ws.store.documents(includeRemoved: true).count == 2)
    }

    @Test func aFileImportedAloneWithAnotherFilesIdIsSkippedNamingIt() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        _ = try ws.importDocs()
        try ws.write("de/returns-copy.md", TempWorkspace.policy(id: "returns", lang: "de", days: 31))
        do {
            _ = try Importer(store: ws.store, workspaceRoot: ws.root).run(roots: [ws.docs.appendingPathComponent("de/returns-copy.md")])
            Issue.record("every file skipped is an error")
        } catch .nothingImported(let report) {
            #expect(report.skipped.map(\.reason) == ["duplicate document de/returns: kb/docs/de/returns.md already has this id and language (set a different id in its metadata)"])
        } catch {
            Issue.record("unexpected error: \(error)")
        }
        #expect(try ws.store.resolve("de/returns").version == 1)
    }

    @Test func badFilesAreSkippedWithReasonsAndTheRestImported() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("de/broken.md", "---\nid: broken\nmarkets: [DE\n---\n# X\n")
        try ws.write("de/empty.html", "<html><body><nav>Menu</nav></body></html>")
        try ws.writeBytes("de/latin1.html", Array("<p>Rücksendung</p>".data(using: .isoLatin1)!))
        try ws.write("de/notes.txt", "not a document")
        let report = try ws.importDocs()
        #expect(report.added == ["de/returns"])
        let reasons = Dictionary(uniqueKeysWithValues: report.skipped.map { ($0.path, $0) })
        #expect(reasons["kb/docs/de/broken.md"]?.reason.hasPrefix("front matter, line") == true)
        #expect(reasons["kb/docs/de/broken.md"]?.line != nil)
        #expect(reasons["kb/docs/de/empty.html"]?.reason.hasPrefix("no content") == true)
        #expect(reasons["kb/docs/de/latin1.html"]?.reason.contains("not UTF-8") == true)
        #expect(reasons["kb/docs/de/notes.txt"]?.reason.contains("unsupported file type") == true)
        #expect(!report.nothingImported)
    }

    @Test func nothingImportableIsAnErrorThatCommitsNothing() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        _ = try ws.importDocs()
        try ws.delete("de/returns.md")
        try ws.write("de/broken.md", "---\nid: [\n---\n")
        do {
            _ = try ws.importDocs()
            Issue.record("every file skipped must be an error")
        } catch StoreError.nothingImported(let report) {
            #expect(report.nothingImported)
            #expect(report.skipped.map(\.path) == ["kb/docs/de/broken.md"])
        }
        // The error rolled back: returns is not marked removed.
        #expect(try ws.store.documents().map(\.id) == ["returns"])
    }

    @Test func anEmptyDocsFolderIsAnErrorThatCommitsNothing() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30))
        #expect(try ws.importDocs().added == ["de/returns", "en/returns"])
        try ws.delete("de/returns.md")
        try ws.delete("en/returns.md")
        do {
            _ = try ws.importDocs()
            Issue.record("an empty folder must be an error")
        } catch StoreError.nothingToImport(let why) {
            #expect(why.hasPrefix("no documents found in kb/docs"))
        }
        #expect(try ws.store.documents().map { "\($0.lang)/\($0.id)" }.sorted() == ["de/returns", "en/returns"])
        #expect(try ws.store.counts().removed == 0)
    }

    @Test func duplicateIdsAreSkippedNamingTheOtherFile() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("de/returns-copy.md", TempWorkspace.policy(id: "returns", lang: "de", days: 31))
        let report = try ws.importDocs()
        #expect(report.added == ["de/returns"])
        #expect(report.skipped.count == 1)
        #expect(report.skipped[0].path == "kb/docs/de/returns.md" || report.skipped[0].path == "kb/docs/de/returns-copy.md")
        #expect(report.skipped[0].reason.contains("duplicate document de/returns"))
    }

    @Test func idAndLanguageComeFromThePathWhenTheFileHasNone() throws {
        let ws = try TempWorkspace()
        try ws.write("ja/helm/docs/intro.md", "# はじめに\n\nHelm はパッケージマネージャーです。\n")
        try ws.write("ja/otel/docs/intro.md", "# はじめに\n\nOpenTelemetry は観測のためのフレームワークです。\n")
        let report = try ws.importDocs()
        #expect(report.added == ["ja/helm/docs/intro", "ja/otel/docs/intro"])
    }

    @Test func batchesDoNotChangeTheResult() throws {
        let ws = try TempWorkspace()
        for i in 0..<25 { try ws.write("en/doc\(i).md", TempWorkspace.policy(id: "doc\(i)", lang: "en", days: i)) }
        let report = try ws.importDocs(batchSize: 4)
        #expect(report.added.count == 25)
        #expect(try ws.store.integrityCheck() == ["ok"])
        let doc = try ws.store.document(ws.store.resolve("en/doc7"))
        #expect(doc.text.contains("within 7 days"))
        #expect(doc.sections.map(\.headingPath) == [["Returns"], ["Returns", "Refunds"]])
    }

    @Test func resolveSuggestsAndDisambiguates() throws {
        let ws = try TempWorkspace()
        try ws.write("de/returns.md", TempWorkspace.policy(id: "returns", lang: "de", days: 30))
        try ws.write("en/returns.md", TempWorkspace.policy(id: "returns", lang: "en", days: 30))
        _ = try ws.importDocs()
        #expect(try ws.store.resolve("returns", language: "en").key == "en/returns")
        #expect(throws: StoreError.self) { try ws.store.resolve("returns") }
        let result = Result { try ws.store.resolve("return") }
        guard case .failure(let error) = result else { Issue.record("expected no document 'return'"); return }
        #expect("\(error)".contains("did you mean en/returns, de/returns") || "\(error)".contains("did you mean de/returns, en/returns"))
    }
}
