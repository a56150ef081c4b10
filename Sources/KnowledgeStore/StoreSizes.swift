import GRDB

/// What each table of the store costs on disk (`dbstat`), its indexes and an FTS5 table's shadow
/// tables (`fts_en_data`, `fts_en_idx`…) counted with it; largest first. For the benchmark and the
/// README's account of the store.
public struct TableSize: Sendable, Equatable {
    public var name: String
    public var bytes: Int
}

extension KnowledgeStore {
    public func tableSizes() throws(StoreError) -> [TableSize] {
        try read { db in
            let owners = try Row.fetchAll(db, sql: "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")
            var ownerOf: [String: String] = [:]
            for row in owners { ownerOf[row[0]] = row[1] }
            let ftsTables = Set(try LanguageIndex.allTables(db))
            var bytes: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, sum(pgsize) FROM dbstat GROUP BY name") {
                let name: String = row[0]
                var owner = ownerOf[name] ?? name
                // An FTS5 shadow table is named after its table plus one of these suffixes.
                for suffix in ["_data", "_idx", "_content", "_docsize", "_config"] where owner.hasSuffix(suffix) {
                    let base = String(owner.dropLast(suffix.count))
                    if ftsTables.contains(base) { owner = base }
                }
                bytes[owner, default: 0] += row[1]
            }
            return bytes.map { TableSize(name: $0.key, bytes: $0.value) }.sorted { ($0.bytes, $1.name) > ($1.bytes, $0.name) }
        }
    }
}
