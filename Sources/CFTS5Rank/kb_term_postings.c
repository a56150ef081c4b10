#include "kb_term_postings.h"
#include "kb_term_postings_internal.h"
#include "kb_document_lengths_internal.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

int kb_term_postings_load(void *connection, const char *table, const char *match, const double *weights, int columns,
                          void **out) {
    *out = NULL;
    sqlite3 *db = connection;
    char *list = sqlite3_mprintf("");
    for (int c = 0; list && c < columns; c++) {
        char *longer = sqlite3_mprintf("%s, %.17g", list, weights[c]);
        sqlite3_free(list);
        list = longer;
    }
    char *sql = list ? sqlite3_mprintf("SELECT rowid, kbkit_weighted_count(\"%w\"%s) FROM \"%w\" WHERE \"%w\" MATCH ?", table, list, table, table)
                     : NULL;
    sqlite3_free(list);
    if (!sql) return SQLITE_NOMEM;
    sqlite3_stmt *statement = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, NULL);
    sqlite3_free(sql);
    if (rc != SQLITE_OK) return rc;
    rc = sqlite3_bind_text(statement, 1, match, -1, SQLITE_TRANSIENT);
    KbTermPostings *postings = calloc(1, sizeof(KbTermPostings));
    if (!postings && rc == SQLITE_OK) rc = SQLITE_NOMEM;
    sqlite3_int64 capacity = 0;
    int stepped = SQLITE_ROW;
    while (rc == SQLITE_OK && (stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        double count = sqlite3_column_double(statement, 1);
        if (count <= 0.0) continue;
        if (postings->count == capacity) {
            capacity = capacity ? capacity * 2 : 256;
            sqlite3_int64 *rowids = realloc(postings->rowids, (size_t)capacity * sizeof(sqlite3_int64));
            if (rowids) postings->rowids = rowids;
            double *counts = realloc(postings->counts, (size_t)capacity * sizeof(double));
            if (counts) postings->counts = counts;
            if (!rowids || !counts) { rc = SQLITE_NOMEM; break; }
        }
        postings->rowids[postings->count] = sqlite3_column_int64(statement, 0);
        postings->counts[postings->count] = count;
        postings->count++;
    }
    if (rc == SQLITE_OK && stepped != SQLITE_DONE) rc = stepped;
    int finalized = sqlite3_finalize(statement);
    if (rc == SQLITE_OK) rc = finalized;
    if (rc != SQLITE_OK) { kb_term_postings_free(postings); return rc; }
    *out = postings;
    return SQLITE_OK;
}

long long kb_term_postings_count(const void *postings) { return ((const KbTermPostings *)postings)->count; }

double kb_term_postings_count_in(const void *p, long long rowid) {
    const KbTermPostings *postings = p;
    sqlite3_int64 at = kbTermPostingsSeek(postings, 0, rowid);
    return at < postings->count && postings->rowids[at] == rowid ? postings->counts[at] : 0.0;
}

sqlite3_int64 kbTermPostingsSeek(const KbTermPostings *postings, sqlite3_int64 from, sqlite3_int64 rowid) {
    /* A query's rows come in ascending order, so the search starts where the last one ended: gallop
     * forward to bracket the row, then bisect the bracket. */
    sqlite3_int64 low = from, step = 1, high = from;
    while (high < postings->count && postings->rowids[high] < rowid) {
        low = high + 1;
        high += step;
        step *= 2;
    }
    if (high > postings->count) high = postings->count;
    while (low < high) {
        sqlite3_int64 middle = low + (high - low) / 2;
        if (postings->rowids[middle] < rowid) low = middle + 1; else high = middle;
    }
    return low;
}

double kb_term_postings_max_factor(const void *p, const void *l, double averageLength) {
    const KbTermPostings *postings = p;
    const KbDocumentLengths *lengths = l;
    /* kbkit_rank's constants (kb_fts5_rank.c). */
    const double k1 = 1.2, b = 0.75;
    double largest = 0.0;
    sqlite3_int64 next = 0;
    for (sqlite3_int64 i = 0; i < postings->count; i++) {
        sqlite3_int64 at = kbDocumentLengthsFind(lengths, postings->rowids[i], next);
        double length = 0.0;
        if (at >= 0) { length = lengths->lengths[at]; next = at + 1; }
        double f = postings->counts[i], norm = k1 * (1.0 - b + b * length / averageLength);
        double factor = f * (k1 + 1.0) / (f + norm);
        if (factor > largest) largest = factor;
    }
    return largest;
}

void kb_term_postings_free(void *p) {
    KbTermPostings *postings = p;
    if (!postings) return;
    free(postings->rowids);
    free(postings->counts);
    free(postings);
}

void *kb_memory_phrases_create(int count) {
    KbMemoryPhrases *phrases = calloc(1, sizeof(KbMemoryPhrases));
    if (!phrases) return NULL;
    phrases->count = count;
    phrases->postings = calloc((size_t)(count > 0 ? count : 1), sizeof(KbTermPostings *));
    phrases->documentFrequency = calloc((size_t)(count > 0 ? count : 1), sizeof(sqlite3_int64));
    if (!phrases->postings || !phrases->documentFrequency) { kb_memory_phrases_free(phrases); return NULL; }
    return phrases;
}

void kb_memory_phrases_set(void *p, int index, const void *postings, long long documentFrequency) {
    KbMemoryPhrases *phrases = p;
    if (index < 0 || index >= phrases->count) return;
    phrases->postings[index] = postings;
    phrases->documentFrequency[index] = documentFrequency;
}

void kb_memory_phrases_free(void *p) {
    KbMemoryPhrases *phrases = p;
    if (!phrases) return;
    free(phrases->postings);
    free(phrases->documentFrequency);
    free(phrases);
}

int kb_memory_phrases_bind(void *statement, int index, const void *phrases) {
    if (!phrases) return sqlite3_bind_null(statement, index);
    return sqlite3_bind_pointer(statement, index, (void *)phrases, KB_MEMORY_PHRASES_POINTER_TYPE, NULL);
}
