import GRDB

extension KnowledgeStore {
    /// Reads every language's vocabulary with each term's chunk count now (`TermStatistics`), for a
    /// run of many searches (an evaluation): they then count their terms from memory. Searches
    /// give the same results with or without it.
    public func readTermStatistics() throws(StoreError) {
        try read { db in
            for table in try LanguageIndex.allTables(db) {
                try termStatistics.readVocabulary(db, table: table)
            }
        }
    }
}
