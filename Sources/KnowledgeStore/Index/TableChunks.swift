import Foundation
import GRDB

extension KnowledgeStore {
    /// The table chunks of some documents in one language, current versions only, in document order.
    ///
    /// The engine reads a policy's per-market table from here rather than from search: the row of the
    /// customer's market answers "how many days do I have?" although it shares no word with it, so
    /// ranking alone rarely brings it up.
    public func tableChunks(docs: [String], language: String) throws(StoreError) -> [SearchHit] {
        guard !docs.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: docs.count).joined(separator: ",")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.doc_id, c.lang, c.ordinal, c.title, c.heading_path, c.kind, c.markets, c.document_key, c.version
                FROM chunks c JOIN documents d ON d.key = c.document_key AND c.version = d.current_version
                WHERE d.removed_at IS NULL AND d.lang = ? AND d.id IN (\(marks)) AND c.kind = 'table'
                ORDER BY c.document_key, c.ordinal
                """, arguments: StatementArguments([language] + docs)).map { row in
                SearchHit(chunkRow: row, text: try chunkTexts.text(db, row: row), score: 0)
            }
        }
    }
}
