#ifndef KB_DOCUMENT_LENGTHS_H
#define KB_DOCUMENT_LENGTHS_H
/*
 * The length of every document (row) of an FTS5 table, in memory, for kbkit_rank.
 *
 * Why: BM25 needs each scored row's length. FTS5 reads it from the table's %_docsize b-tree (a
 * statement stepped per row, behind xColumnSize), and that lookup was half of a search's time on the
 * bench corpus (p50 0.43 → 0.21 ms without it). kbkit loads a table's lengths once, keeps them until
 * the index changes (the Swift side, DocumentLengths, owns them and knows when), and binds them to
 * the query with sqlite3_bind_pointer, so SQL text can never forge one.
 *
 * A row's length is what xColumnSize(-1) gives: the sum of its columns' token counts.
 * Nothing of SQLite's appears here: connections and statements are opaque pointers.
 */

#ifdef __cplusplus
extern "C" {
#endif

/* Reads the lengths of every row of `table` (an FTS5 table with a %_docsize table) on `connection`
 * (an sqlite3 *). On success *lengths is set (free it with kb_document_lengths_free) and SQLITE_OK
 * returned; otherwise an SQLite result code, and *lengths is NULL. */
int kb_document_lengths_load(void *connection, const char *table, void **lengths);

/* How many rows the lengths cover. */
long long kb_document_lengths_count(const void *lengths);

/* The length of the row `rowid`, or -1 when it has none. */
int kb_document_lengths_of(const void *lengths, long long rowid);

/* The rows' average length (what bm25() divides by: all tokens over all rows); 1 for no rows. */
double kb_document_lengths_average(const void *lengths);

void kb_document_lengths_free(void *lengths);

/* Binds `lengths` (NULL: none) to the parameter `index` (1-based) of `statement` (an sqlite3_stmt *)
 * as kbkit_rank's lengths argument. The lengths must outlive the statement's run. */
int kb_document_lengths_bind(void *statement, int index, const void *lengths);

#ifdef __cplusplus
}
#endif
#endif
