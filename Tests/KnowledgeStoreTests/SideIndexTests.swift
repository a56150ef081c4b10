import Foundation
import GRDB
import Testing
@testable import KnowledgeStore

/// Tables built on side indexes and copied into the store (`SideIndex`, `ShadowTables`) against
/// tables the writer builds in place (`Indexer.sideIndexes = 0`): the same index, term by term, and
/// the same after later changes made on the store's own connection (FTS5 caches a table's structure
/// per connection: a copy under a stale cache would lose its segments at the next change).
@Suite struct SideIndexTests {
    /// Documents in four languages, enough of them for two sides and several FTS5 segments.
    static func writeDocuments(_ ws: TempWorkspace) throws {
        let words = ["parcel", "refund", "locker", "courier", "invoice", "voucher", "warranty", "exchange"]
        for i in 0..<24 {
            let topic = words[i % words.count], other = words[(i * 3 + 1) % words.count]
            let body = (0..<30).map { "Line \($0) of \(topic) \(i) says the \(other) arrives in \($0 + i) days." }.joined(separator: " ")
            try ws.write("en/doc\(i).md", "---\nid: doc\(i)\nlang: en\nmarkets: [US]\n---\n# About \(topic) \(i)\n\n\(body)\n\n## More on \(other)\n\nAsk about \(other) and \(topic).\n")
            try ws.write("de/doc\(i).md", "---\nid: doc\(i)\nlang: de\n---\n# Rücksendung \(i)\n\nDie Erstattung für Paket \(i) dauert \(i + 3) Tage. Das Schließfach \(topic) ist geöffnet.\n")
            try ws.write("ja/doc\(i).md", "---\nid: doc\(i)\nlang: ja\n---\n# 返品について \(i)\n\n返金は\(i + 2)日以内に処理されます。配送業者が荷物を届けます。\n")
            if i % 3 == 0 { try ws.write("fr/doc\(i).md", "---\nid: doc\(i)\nlang: fr\n---\n# Retour \(i)\n\nLe remboursement du colis \(i) prend \(i + 5) jours.\n") }
        }
    }

    static let queries: [(String, String)] = [("en", "parcel refund"), ("en", "courier arrives days"), ("en", "warranty 7"), ("de", "Erstattung Paket"),
                                              ("ja", "返金 配送"), ("fr", "remboursement colis"), ("en", "exchange voucher")]

    /// Everything a table's index holds, read on a connection of its own: each term's instances
    /// (term, row, column, offset), each row's column lengths, the averages record and the settings.
    static func contents(_ path: String) throws -> [String: [String]] {
        let db = try DatabaseQueue(path: path)
        return try db.write { db in
            var out: [String: [String]] = [:]
            for table in try LanguageIndex.allTables(db) {
                try db.execute(sql: "CREATE VIRTUAL TABLE temp.\(table)_vocab USING fts5vocab(main, \(table), instance)")
                var rows = try Row.fetchAll(db, sql: "SELECT term, doc, col, offset FROM temp.\(table)_vocab").map { "\($0)" }
                rows += try Row.fetchAll(db, sql: "SELECT id, hex(sz) FROM \(table)_docsize ORDER BY id").map { "\($0)" }
                rows += try Row.fetchAll(db, sql: "SELECT hex(block) FROM \(table)_data WHERE id = 1").map { "\($0)" }
                rows += try Row.fetchAll(db, sql: "SELECT k, v FROM \(table)_config ORDER BY k").map { "\($0)" }
                out[table] = rows
                // FTS5's own check of the segments against each other.
                try db.execute(sql: "INSERT INTO \(table) (\(table)) VALUES ('integrity-check')")
            }
            return out
        }
    }

    static func answers(_ ws: TempWorkspace) throws -> [String] {
        let searcher = Searcher(store: ws.store)
        return try queries.flatMap { lang, q in
            try searcher.search(SearchQuery(text: q, languages: [lang], limit: 10)).hits.map { "\(lang) \(q): \($0.doc) \($0.chunk) \($0.score)" }
        }
    }

    static func index(_ ws: TempWorkspace, sides: Int) throws -> Indexer.Report {
        var indexer = Indexer(store: ws.store)
        indexer.sideIndexes = sides
        return try indexer.run()
    }

    @Test func aTableCopiedFromASideIsTheTableBuiltInPlace() throws {
        let copied = try TempWorkspace(), inPlace = try TempWorkspace()
        for ws in [copied, inPlace] { try Self.writeDocuments(ws); _ = try ws.importDocs() }
        let a = try Self.index(copied, sides: 2), b = try Self.index(inPlace, sides: 0)
        #expect(a == b)
        #expect(a.chunks > 100)
        let tables = try Self.contents(copied.store.path)
        #expect(tables.keys.sorted() == ["fts_de", "fts_en", "fts_fr", "fts_ja"])
        #expect(tables == (try Self.contents(inPlace.store.path)))
        let answers = try Self.answers(copied)
        #expect(answers.count > 20)
        #expect(answers == (try Self.answers(inPlace)))
        // Merged once on the side, FTS5's own merging back for later changes, as in place.
        #expect(try copied.store.read { db in try LanguageIndex.mergeSettings(db, "en") } == (4, 16))
        let segments = try copied.store.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM fts_en_idx") }
        #expect(segments == 1)
    }

    @Test func aCopiedTableTakesLaterChangesOnTheSameConnectionAsATableBuiltInPlace() throws {
        let copied = try TempWorkspace(), inPlace = try TempWorkspace()
        for (ws, sides) in [(copied, 2), (inPlace, 0)] {
            try Self.writeDocuments(ws)
            _ = try ws.importDocs()
            _ = try Self.index(ws, sides: sides)
            // Changed, removed and added documents in tables that now exist: changed in place, on the
            // connection that created (and, on the side path, copied) them.
            try ws.write("en/doc3.md", "---\nid: doc3\nlang: en\nmarkets: [US]\n---\n# Lockers\n\nThe zephyrword locker opens with a code.\n")
            try ws.delete("en/doc4.md")
            try ws.write("de/neu.md", "---\nid: neu\nlang: de\n---\n# Neu\n\nDas Quasarwort steht hier.\n")
            _ = try ws.importDocs()
            let report = try Self.index(ws, sides: sides)
            #expect(report.indexed == ["en/doc3", "de/neu"])
            #expect(report.dropped == ["en/doc4"])
            // A second run on the same connection still finds what the first wrote.
            #expect(try Self.index(ws, sides: sides).indexed.isEmpty)
        }
        #expect(try Searcher(store: copied.store).search(SearchQuery(text: "zephyrword", languages: ["en"])).hits.map(\.doc) == ["doc3"])
        #expect(try Searcher(store: copied.store).search(SearchQuery(text: "quasarwort", languages: ["de"])).hits.map(\.doc) == ["neu"])
        #expect(try Searcher(store: copied.store).search(SearchQuery(text: "parcel 4", languages: ["en"])).hits.allSatisfy { $0.doc != "doc4" })
        #expect(try Self.contents(copied.store.path) == (try Self.contents(inPlace.store.path)))
        #expect(try Self.answers(copied) == (try Self.answers(inPlace)))
    }

    @Test func aNewLanguageInALaterRunIsBuiltOnASideBesideTablesChangedInPlace() throws {
        let copied = try TempWorkspace(), inPlace = try TempWorkspace()
        for (ws, sides) in [(copied, 2), (inPlace, 0)] {
            try Self.writeDocuments(ws)
            _ = try ws.importDocs()
            _ = try Self.index(ws, sides: sides)
            try ws.write("es/nuevo.md", "---\nid: nuevo\nlang: es\n---\n# Devoluciones\n\nEl reembolso del paquete tarda cinco días.\n")
            try ws.write("en/doc5.md", "---\nid: doc5\nlang: en\n---\n# Changed\n\nNow about the vortexword.\n")
            _ = try ws.importDocs()
            #expect(try Self.index(ws, sides: sides).indexed == ["en/doc5", "es/nuevo"])
        }
        #expect(try Searcher(store: copied.store).search(SearchQuery(text: "reembolso", languages: ["es"])).hits.map(\.doc) == ["nuevo"])
        #expect(try Self.contents(copied.store.path) == (try Self.contents(inPlace.store.path)))
    }

    @Test func handoverGivesItemsInOrderAndNothingAfterClosing() {
        let handover = Handover<Int>(capacity: 4)
        for i in 1...4 { handover.send(i) }
        #expect(handover.receive() == 1)
        handover.send(5)
        handover.close()
        handover.send(6)   // dropped: closed
        var rest: [Int] = []
        while let i = handover.receive() { rest.append(i) }
        #expect(rest == [2, 3, 4, 5])
    }
}
