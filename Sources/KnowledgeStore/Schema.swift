import GRDB

/// The store's schema, as GRDB migrations: a migration once shipped is never edited; changes come as
/// new migrations so that existing stores upgrade in place.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, versions, structure") { db in
            // One row per document id and language; its versions hold the content.
            try db.execute(sql: """
                CREATE TABLE documents (
                    key INTEGER PRIMARY KEY,
                    id TEXT NOT NULL,
                    lang TEXT NOT NULL,
                    path TEXT NOT NULL UNIQUE,          -- relative to the workspace root
                    current_version INTEGER NOT NULL,
                    removed_at TEXT,                    -- the file vanished from the source: kept, flagged
                    UNIQUE (id, lang)
                );
                CREATE TABLE versions (
                    key INTEGER PRIMARY KEY,
                    document_key INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    content_hash TEXT NOT NULL,
                    format TEXT NOT NULL,
                    title TEXT NOT NULL,
                    markets TEXT NOT NULL,              -- JSON array of market ids
                    type TEXT,
                    updated TEXT,
                    translation_of TEXT,
                    source_updated TEXT,
                    metadata TEXT NOT NULL,             -- JSON: every metadata field
                    size INTEGER NOT NULL,
                    imported_at TEXT NOT NULL,
                    UNIQUE (document_key, version)
                );
                CREATE TABLE sections (
                    version_key INTEGER NOT NULL REFERENCES versions(key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    heading_path TEXT NOT NULL,         -- JSON array
                    PRIMARY KEY (version_key, ordinal)
                ) WITHOUT ROWID;
                CREATE TABLE blocks (
                    version_key INTEGER NOT NULL REFERENCES versions(key) ON DELETE CASCADE,
                    section INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    depth INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (version_key, section, ordinal)
                ) WITHOUT ROWID;
                CREATE TABLE faq_pairs (
                    version_key INTEGER NOT NULL REFERENCES versions(key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    question TEXT NOT NULL,
                    answer TEXT NOT NULL,
                    origin TEXT NOT NULL,
                    heading_path TEXT NOT NULL,
                    PRIMARY KEY (version_key, ordinal)
                ) WITHOUT ROWID;
                CREATE TABLE links (
                    version_key INTEGER NOT NULL REFERENCES versions(key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    href TEXT NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (version_key, ordinal)
                ) WITHOUT ROWID;
                CREATE INDEX versions_by_document ON versions(document_key, version);
                """)
        }
        migrator.registerMigration("v2: chunks and the FTS5 retrieval index") { db in
            // Chunks of the current version of each live document. The FTS5 table holds the
            // *analyzed* terms (our per-language analyzers run in Swift; FTS5 only splits on spaces),
            // plus one filter token per column for language and markets so that filtering happens
            // inside the index.
            try db.execute(sql: """
                CREATE TABLE chunks (
                    key INTEGER PRIMARY KEY,
                    document_key INTEGER NOT NULL REFERENCES documents(key) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    doc_id TEXT NOT NULL,
                    lang TEXT NOT NULL,
                    markets TEXT NOT NULL,              -- JSON array; [] = every market
                    type TEXT,
                    title TEXT NOT NULL,
                    heading_path TEXT NOT NULL,         -- JSON array
                    kind TEXT NOT NULL,                 -- section | table | faq
                    question TEXT,
                    text TEXT NOT NULL
                );
                CREATE INDEX chunks_by_document ON chunks(document_key);
                CREATE VIRTUAL TABLE chunk_index USING fts5(
                    filter, title, headings, question, body,
                    tokenize = "ascii", detail = full
                );
                CREATE TABLE index_state (
                    document_key INTEGER PRIMARY KEY REFERENCES documents(key) ON DELETE CASCADE,
                    version INTEGER NOT NULL,
                    analyzer TEXT NOT NULL              -- what built it: a change re-indexes
                );
                """)
        }
        migrator.registerMigration("v3: one contentless FTS5 table per language") { db in
            // One table per language: no language filter for every query to intersect (its doclist
            // was the whole language), and BM25's term statistics are those of the language.
            // Contentless: the analyzed terms are not stored a second time (chunks keep the text;
            // deleting a chunk re-analyzes it for FTS5's 'delete' command). Tables `fts_<lang>` are
            // created on demand by the indexer; everything is re-indexed once.
            try db.execute(sql: """
                DROP TABLE chunk_index;
                DELETE FROM chunks;
                DELETE FROM index_state;
                """)
        }
        migrator.registerMigration("v4: chunks by language and document") { db in
            // The engine searches within the documents of an intent's topics (SearchQuery.documents)
            // and reads their tables: both look chunks up by language and document id.
            try db.execute(sql: "CREATE INDEX chunks_by_language_document ON chunks(lang, doc_id)")
        }
        migrator.registerMigration("v5: chunk text made from the version's blocks") { db in
            // A chunk's text was the documents' text stored a second time (a third of the store):
            // `ChunkTexts` cuts it again from the version's blocks when a chunk is read. The chunks
            // keep their place (document, version, ordinal), so nothing is re-indexed.
            try db.execute(sql: "ALTER TABLE chunks DROP COLUMN text")
        }
        migrator.registerMigration("v6: a list item's number in its ordered list; the extractor of a version") { db in
            // A procedure's steps are told in order and whole (`Block.ordinal`): NULL for a bullet
            // and any other block. A version records the `Extractor.version` that read it: those read
            // before (NULL) are read again on the next import, ordered lists and all.
            try db.execute(sql: """
                ALTER TABLE blocks ADD COLUMN step INTEGER;
                ALTER TABLE versions ADD COLUMN extractor TEXT;
                """)
        }
        return migrator
    }
}
