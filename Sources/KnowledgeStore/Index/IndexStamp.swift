import Foundation
import GRDB

/// What a language's index looks like now, as the caches of its statistics check it: FTS5 rewrites
/// the table's structure record (its segments and write counter) on every change, in this process or
/// another, so a cache kept under one record is valid for exactly as long as the record is unchanged.
enum IndexStamp {
    /// The structure record (rowid 10 of the table's %_data) as the current transaction sees it; a
    /// cached statement, as this runs per search.
    static func read(_ db: Database, table: String) throws -> [UInt8] {
        try [UInt8](Data.fetchOne(db.cachedStatement(sql: "SELECT block FROM \(table)_data WHERE id = 10")) ?? Data())
    }
}
