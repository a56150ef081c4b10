import Foundation
import GRDB

extension KnowledgeStore {
    /// Every chunk of the live documents' current versions, any kind and language, in document order:
    /// what the engine reads ahead before a run of many questions (`AnswerEngine.prepare`).
    public func currentChunks() throws(StoreError) -> [SearchHit] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.doc_id, c.lang, c.ordinal, c.title, c.heading_path, c.kind, c.markets, c.document_key, c.version
                FROM chunks c JOIN documents d ON d.key = c.document_key AND c.version = d.current_version
                WHERE d.removed_at IS NULL
                ORDER BY c.document_key, c.ordinal
                """).map { row in
                SearchHit(chunkRow: row, text: try chunkTexts.text(db, row: row), score: 0)
            }
        }
    }
}
