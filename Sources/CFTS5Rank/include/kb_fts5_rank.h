#ifndef KB_FTS5_RANK_H
#define KB_FTS5_RANK_H
/*
 * kbkit_rank: FTS5's BM25 (the same k1 = 1.2, b = 0.75, column weights and IDF formula as the
 * built-in bm25()), except that each phrase's document frequency is given by the caller instead of
 * being counted by FTS5 for every query.
 *
 * Why: the built-in bm25() walks the whole doclist of every phrase of the query to count its
 * documents before it scores the first row (the IDF), so a query that touches a common term pays
 * for every document of that term even when the search only scores a few rows. kbkit keeps the
 * counts itself (Searcher's term statistics). A phrase given a negative count scores nothing (the
 * market filter's phrases).
 *
 * SQL: kbkit_rank(<fts table>, '<document frequency of each phrase, space separated>', <lengths>,
 * <memory phrases>, w0, w1, ...) with one weight per column, as bm25() takes them. The number of
 * frequencies must equal the query's phrase count; anything else is an error ("kbkit_rank: ...").
 * <lengths> is the table's document lengths bound with kb_document_lengths_bind, or NULL: FTS5 then
 * looks each row's length up itself (kb_document_lengths.h says why that is slow). <memory phrases>
 * are phrases that are not in the MATCH expression but score each row from their postings in memory
 * (kb_term_postings.h), added after the expression's phrases, or NULL.
 *
 * kbkit_weighted_count(<fts table>, w0, w1, ...) is the weighted count of the query's first phrase
 * in the row (each occurrence weighs its column's weight): what kb_term_postings_load keeps.
 *
 * The header names no SQLite type: the connection is passed as an opaque pointer (GRDB's
 * `sqliteConnection`), and the Swift side never sees fts5_api.
 */

#ifdef __cplusplus
extern "C" {
#endif

/* Registers kbkit_rank on the connection (an sqlite3 *). Returns an SQLite result code. */
int kb_fts5_rank_register(void *connection);

#ifdef __cplusplus
}
#endif
#endif
