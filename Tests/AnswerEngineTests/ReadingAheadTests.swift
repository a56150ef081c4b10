@testable import AnswerEngine
import Foundation
import KnowledgeStore
import Testing
import Workspace

/// `AnswerEngine.prepare` reads every chunk and policy table ahead into the engine's caches: an
/// engine that read ahead answers exactly as one that reads as it goes, on the sample workspace's
/// own evalset cases (every fifth one, in every market: cancellations, handoffs, product questions).
@Suite(.serialized) struct ReadingAheadTests {
    static let setup: (ws: Workspace, content: WorkspaceContent, retriever: StoreRetriever, store: KnowledgeStore) = {
        let ws = try! OrdersFixture.workspace()
        let content = try! WorkspaceContent.load(ws)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("kbkit-ahead-\(UUID().uuidString)")
        let store = try! KnowledgeStore(path: tmp.appendingPathComponent("kb.sqlite").path)
        _ = try! Importer(store: store, workspaceRoot: ws.root).run(roots: [ws.docsURL])
        _ = try! Indexer(store: store).run()
        let retriever = try! StoreRetriever(store: store, expansion: GlossaryExpansion(glossary: content.glossary))
        return (ws, content, retriever, store)
    }()

    func engine() throws -> AnswerEngine {
        let s = Self.setup
        return AnswerEngine(content: s.content, retriever: s.retriever, orders: try EngineSetup.makeOrders(s.ws), now: EngineSetup.fixedNow(s.ws))
    }

    func answers(_ engine: AnswerEngine, _ cases: [EvalCase]) throws -> [String] {
        var engine = engine
        return try cases.map { c in
            engine = engine.with(orders: try EngineSetup.makeOrders(Self.setup.ws))
            var conversation = Conversation(market: c.market)
            var last: EngineAnswer?
            for turn in c.turns { last = try engine.answer(turn, in: &conversation) }
            let a = last!
            return [a.intent, a.answerLanguage, a.sources.map(\.chunk).joined(separator: ","), a.answer].joined(separator: "\n")
        }
    }

    @Test func answersAsAnEngineThatReadsAsItGoes() throws {
        let cases = Self.setup.content.evalsets.flatMap(\.cases).enumerated().filter { $0.offset % 5 == 0 }.map(\.element)
        #expect(cases.count > 100)
        let ahead = try engine()
        try ahead.prepare(workers: 2)
        let asItGoes = try answers(try engine(), cases)
        let read = try answers(ahead, cases)
        for (i, c) in cases.enumerated() where asItGoes[i] != read[i] {
            Issue.record("\(c.id): read ahead\n\(read[i])\n— as it goes\n\(asItGoes[i])")
        }
    }

    @Test func readsEveryIndexedChunk() throws {
        let chunks = try Self.setup.store.currentChunks()
        #expect(chunks.count == (try Self.setup.store.indexedChunkCount()))
        #expect(Set(chunks.map(\.chunk)).count == chunks.count)
        // What search returns is among them, text and all.
        let found = try Self.setup.retriever.retrieve(SearchQuery(text: "How many days do I have to return an item?", languages: ["en"], market: "US"))
        #expect(!found.hits.isEmpty)
        for hit in found.hits {
            #expect(chunks.first { $0.chunk == hit.chunk }?.text == hit.text)
        }
    }

    @Test func keepsOneFormatterPerMarketAndLanguageThatWritesAsANewOne() throws {
        let engine = try engine()
        let dates = ["2026-11-21", "2027-02-03"].compactMap(ISODate.init)
        for market in Self.setup.content.markets.values {
            for language in market.languages {
                for date in dates {
                    for style in MarketFormatter.DateStyle.allCases {
                        let fresh = MarketFormatter(market: market, language: language).date(date, style: style)
                        #expect(engine.formatter(market, language: language).date(date, style: style) == fresh)
                    }
                }
                #expect(engine.formatter(market, language: language).amount(1234.5) == MarketFormatter(market: market, language: language).amount(1234.5))
            }
        }
    }
}
