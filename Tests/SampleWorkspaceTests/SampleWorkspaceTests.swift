import Foundation
import Orders
import Testing
import KnowledgeStore
import Workspace

/// The repository's own workspace, Meridian Goods (shared/sample-store/FACTS.md): it must load, import
/// with nothing skipped, and every reference between its files must resolve.
@Suite(.serialized) struct SampleWorkspaceTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let kbLanguages = ["de", "en", "es", "fil", "fr", "id", "it", "ja", "ms", "nl", "pl", "th", "vi", "zh"]
    static let markets = ["DE", "ES", "FR", "GB", "ID", "IT", "JP", "MX", "MY", "NL", "PH", "PL", "SG", "TH", "US", "VN"]
    static let topics = ["customer-care", "customs-duties", "faq", "invoices", "order-changes", "payment", "returns", "shipping", "warranty"]
    static let manuals = ["manual-blendgo-350", "manual-packscale-50", "manual-trailglow-400"]
    static let manualLanguages = ["de", "en", "es", "fr", "ja", "th", "zh"]

    let ws: Workspace
    let content: WorkspaceContent

    init() throws {
        ws = try Workspace.open(Self.repo)
        content = try WorkspaceContent.load(ws)
    }

    private func importAll() throws -> (ImportReport, KnowledgeStore, URL) {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-sample-\(UUID().uuidString)")
        let store = try KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        let report = try Importer(store: store, workspaceRoot: ws.root).run(roots: [ws.docsURL])
        return (report, store, tmp)
    }

    @Test func marketsAndLanguagesAreThoseOfTheFactSheet() {
        #expect(content.marketIDs == Self.markets)
        #expect(content.kbLanguages == Self.kbLanguages)
        #expect(content.markets["MY"]?.languages == ["ms", "en", "zh"])
        #expect(content.markets["JP"]?.currency.decimals == 0)
    }

    @Test func importsEveryDocumentWithNothingSkipped() throws {
        let (report, store, tmp) = try importAll()
        defer { try? FileManager.default.removeItem(at: tmp) }
        #expect(report.skipped.isEmpty, "skipped: \(report.skipped.map(\.oneLine))")
        let docs = try store.documents()
        let keys = Set(docs.map(\.key))
        for lang in Self.kbLanguages {
            for topic in Self.topics { #expect(keys.contains("\(lang)/\(topic)"), "missing \(lang)/\(topic)") }
        }
        for lang in Self.manualLanguages {
            for manual in Self.manuals { #expect(keys.contains("\(lang)/\(manual)"), "missing \(lang)/\(manual)") }
        }
        // Translations say what they translate and when.
        for d in docs where d.lang != "en" {
            let stored = try store.document(d)
            #expect(stored.metadata["translation_of"] == "en", "\(d.key) lacks translation_of")
            #expect(stored.metadata["source_updated"] != nil, "\(d.key) lacks source_updated")
        }
        // Both formats, as real teams mix them, and the legacy encodings decoded.
        let formats = Dictionary(grouping: docs, by: { $0.path.hasSuffix(".md") ? "md" : "html" }).mapValues(\.count)
        #expect((formats["md"] ?? 0) > docs.count / 4 && (formats["html"] ?? 0) > docs.count / 4, "\(formats)")
        let ja = try store.document(store.resolve("ja/shipping"))
        #expect(ja.text.contains("営業日"))
    }

    @Test func everyReferenceResolves() throws {
        let (_, store, tmp) = try importAll()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let erp = try EmbeddedERP(folder: ws.url(ws.settings.paths.erp), displayFolder: ws.settings.paths.erp)
        let orders = try erp.orderNumbers()
        #expect(orders == Set((1...22).map { String(format: "MG%08d", 10_000_000 + $0) }))
        let documents = try store.documents().map { (id: $0.id, lang: $0.lang, markets: $0.markets, type: $0.type) }
        let problems = content.crossReferenceProblems(.init(documents: documents, orders: orders))
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    @Test func intentsHaveFifteenExamplesInEveryKBLanguage() {
        let ids = content.intents.ids
        #expect(ids.count == 18)
        for lang in Self.kbLanguages {
            for id in ids {
                let n = content.intents.examples[lang]?[id]?.count ?? 0
                #expect(n >= 15, "\(lang) \(id): \(n) examples")
            }
        }
    }

    @Test func everyMarketHasToneRulesAndVoice() {
        for m in content.markets.values {
            #expect(!m.tone.rules.isEmpty, "\(m.id) has no tone rules")
            for lang in m.languages { #expect(m.voice[lang] != nil, "\(m.id) has no voice for \(lang)") }
        }
    }

    @Test func evalsetsCoverTheStore() {
        let cases = content.evalsets.flatMap(\.cases)
        #expect(cases.count >= 400)
        let byMarket = Dictionary(grouping: cases, by: \.market)
        for m in Self.markets { #expect((byMarket[m]?.count ?? 0) >= 10, "market \(m): \(byMarket[m]?.count ?? 0) cases") }
        let intents = Set(cases.compactMap(\.expect.intent))
        #expect(intents == Set(content.intents.ids))
        let orders = Set(cases.compactMap(\.expect.order))
        #expect(orders.count == 22)
        #expect(cases.filter { $0.turns.count > 1 }.count >= 30)
        #expect(cases.filter { $0.expect.escalate == true }.count >= 25)
        #expect(cases.filter { $0.expect.escalate == false }.count >= 25)
        let foreign = Set(cases.compactMap(\.expect.language)).subtracting(Self.kbLanguages)
        #expect(foreign.count >= 8, "languages the KB lacks: \(foreign.sorted())")
    }
}
