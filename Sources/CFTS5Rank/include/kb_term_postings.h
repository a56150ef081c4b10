#ifndef KB_TERM_POSTINGS_H
#define KB_TERM_POSTINGS_H
/*
 * A phrase's postings in memory (every row it occurs in, with its weighted count: the sum of the
 * column weights of its occurrences), and the set of them a query scores from memory.
 *
 * Why: a long query's common terms (a Japanese bigram in a third of the chunks) cost a search most
 * of its time even when they only refine what the rare terms found: FTS5 walks their whole doclists
 * to seek them to the rare terms' rows (Japanese p50 0.57 ms with them in the MATCH expression, 0.24
 * without). Kept in memory, kbkit_rank looks each candidate row up in them instead.
 * Nothing of SQLite's appears here: connections and statements are opaque pointers.
 */

#ifdef __cplusplus
extern "C" {
#endif

/* Runs `match` (an FTS5 query of one phrase) on `table` and keeps every row it matches with the
 * phrase's weighted count under `weights` (one per column; a row whose count is 0 is not kept).
 * On success *postings is set (free it with kb_term_postings_free) and SQLITE_OK returned. */
int kb_term_postings_load(void *connection, const char *table, const char *match, const double *weights, int columns,
                          void **postings);

/* How many rows the postings hold. */
long long kb_term_postings_count(const void *postings);

/* The weighted count of the phrase in row `rowid` (0 when it has none). */
double kb_term_postings_count_in(const void *postings, long long rowid);

/* The largest term-frequency factor of BM25, f·(k1 + 1)/(f + k1·(1 − b + b·length/averageLength)),
 * over the postings' rows, their lengths taken from `lengths` (kb_document_lengths_load; a row it
 * lacks counts as empty, the largest factor): what one mention of the phrase can add to a row's
 * score, over its IDF. Below k1 + 1, and usually well below. */
double kb_term_postings_max_factor(const void *postings, const void *lengths, double averageLength);

void kb_term_postings_free(void *postings);

/* The phrases one query scores from memory, in the order their scores add up: `count` slots, each
 * set once with kb_memory_phrases_set. NULL when out of memory. */
void *kb_memory_phrases_create(int count);
/* Slot `index`: `postings` (which must outlive the query) and the phrase's document frequency. */
void kb_memory_phrases_set(void *phrases, int index, const void *postings, long long documentFrequency);
void kb_memory_phrases_free(void *phrases);

/* Binds `phrases` (NULL: none) to parameter `index` (1-based) of `statement` (an sqlite3_stmt *) as
 * kbkit_rank's memory-phrases argument. */
int kb_memory_phrases_bind(void *statement, int index, const void *phrases);

#ifdef __cplusplus
}
#endif
#endif
