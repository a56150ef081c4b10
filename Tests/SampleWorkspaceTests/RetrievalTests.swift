import Foundation
import Testing
import KnowledgeStore
import Workspace

/// A query in each KB language finds the right document of the sample workspace, through the same
/// index and search the engine uses — including two-character Chinese and Japanese terms and queries
/// typed without diacritics.
@Suite(.serialized) struct RetrievalTests {
    static let fixture: (KnowledgeStore, Searcher, WorkspaceContent) = {
        let ws = try! Workspace.open(SampleWorkspaceTests.repo)
        let content = try! WorkspaceContent.load(ws, evalsets: false)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-retrieval-\(UUID().uuidString)")
        let store = try! KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        _ = try! Importer(store: store, workspaceRoot: ws.root).run(roots: [ws.docsURL])
        _ = try! Indexer(store: store).run()
        return (store, Searcher(store: store, glossary: content.glossary), content)
    }()

    func top(_ query: String, _ lang: String, market: String, limit: Int = 3) throws -> [SearchHit] {
        let m = Self.fixture.2.markets[market]!
        var langs = [lang]
        for l in [m.defaultLanguage, "en"] where !langs.contains(l) { langs.append(l) }
        return try Self.fixture.1.search(SearchQuery(text: query, languages: langs, market: market, limit: limit)).hits
    }

    static let cases: [(query: String, lang: String, market: String, doc: String)] = [
        ("How long do I have to return an item?", "en", "US", "returns"),
        ("Wie lange dauert der Versand mit DHL Express?", "de", "DE", "shipping"),
        ("Puis-je payer en plusieurs fois avec Alma ?", "fr", "FR", "payment"),
        ("¿Cuánto cuesta el envío exprés?", "es", "ES", "shipping"),
        ("Posso pagare con Satispay?", "it", "IT", "payment"),
        ("Kan ik met iDEAL betalen?", "nl", "NL", "payment"),
        ("Czy mogę zapłacić BLIKIEM?", "pl", "PL", "payment"),
        ("領収書の発行はできますか", "ja", "JP", "invoices"),
        ("รับประกันสินค้ากี่ปี", "th", "TH", "warranty"),
        ("Tôi có thể trả hàng trong bao nhiêu ngày?", "vi", "VN", "returns"),
        ("Apakah bisa bayar pakai GoPay?", "id", "ID", "payment"),
        ("Berapa lama penghantaran ke Malaysia?", "ms", "MY", "shipping|faq"),
        ("Paano mag-cancel ng order?", "fil", "PH", "order-changes"),
        ("关税需要我自己付吗", "zh", "SG", "customs-duties"),
    ]

    @Test(arguments: cases)
    func eachKBLanguageFindsItsDocument(_ c: (query: String, lang: String, market: String, doc: String)) throws {
        let hits = try top(c.query, c.lang, market: c.market, limit: 5)
        #expect(hits.first?.lang == c.lang, "\(c.query): \(hits.map(\.chunk))")
        // "a|b": either document answers (a FAQ pair that is the exact question counts).
        let wanted = Set(c.doc.split(separator: "|").map(String.init))
        #expect(hits.contains { wanted.contains($0.doc) }, "\(c.query): expected \(c.doc) in \(hits.map(\.chunk))")
    }

    @Test func twoCharacterChineseAndJapaneseTerms() throws {
        #expect(try top("发票", "zh", market: "SG").map(\.doc).contains("invoices"))
        #expect(try top("退款", "zh", market: "MY").contains { $0.doc == "returns" || $0.doc == "faq" })
        #expect(try top("関税", "ja", market: "JP").map(\.doc).contains("customs-duties"))
        #expect(try top("返品", "ja", market: "JP").contains { $0.doc == "returns" })
    }

    @Test func queriesWithoutDiacritics() throws {
        #expect(try top("Rucksendung kostenlos", "de", market: "DE").contains { $0.doc == "returns" })
        #expect(try top("devolucion gratis", "es", market: "MX").contains { $0.doc == "returns" })
        #expect(try top("tra hang hoan tien", "vi", market: "VN").contains { $0.doc == "returns" })
        #expect(try top("facture entreprise numero TVA", "fr", market: "FR").contains { $0.doc == "invoices" })
    }

    @Test func theMarketFilterKeepsOtherMarketsOut() throws {
        let hits = try top("return window", "en", market: "JP", limit: 10)
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.markets.isEmpty || $0.markets.contains("JP") })
        // German documents serve DE only: not found from NL even in German.
        let german = try Self.fixture.1.search(SearchQuery(text: "Rücksendung", languages: ["de"], market: "NL", limit: 5)).hits
        #expect(german.isEmpty)
    }

    @Test func languagesTheKBLacksFallBackToTheMarketLanguage() throws {
        // Portuguese on the US market: no Portuguese documents; the glossary bridges to English.
        let result = try Self.fixture.1.search(SearchQuery(text: "reembolso devolução", languages: ["pt", "en"], market: "US", limit: 3))
        #expect(result.queries.map(\.language) == ["pt", "en"])
        #expect(result.hits.first?.lang == "en")
        #expect(result.hits.contains { $0.doc == "returns" || $0.doc == "faq" })
    }

    @Test func explainShowsMatchedAndMissingTerms() throws {
        let summary = try Self.fixture.0.resolve("de/returns")
        let e = try Self.fixture.1.explain(query: "Rücksendung Drohne", queryLanguage: "de", document: summary, market: "NL")
        #expect(e.notes.contains { $0.contains("not NL") })
        let best = try #require(e.chunks.compactMap { c in c.score.map { (c, $0) } }.max { $0.1 < $1.1 }?.0)
        #expect(best.matched.values.flatMap { $0 }.contains { $0.hasPrefix("rucksend") || $0.hasPrefix("rücksend") })
        #expect(best.missing.contains { $0.hasPrefix("drohn") })
    }
}
