#include "kb_fts5_rank.h"
#include "kb_document_lengths_internal.h"
#include "kb_term_postings_internal.h"

#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* What every row of one query shares: the phrases' IDF, the column weights, the average length. */
typedef struct {
    int phrases;
    int columns;
    double averageLength;
    double *idf;       /* per phrase; 0 for a phrase that does not score */
    double *weight;    /* per column */
    double *frequency; /* per phrase, the current row's weighted count (scratch) */
    const KbDocumentLengths *lengths; /* the rows' lengths when the searcher gave them, else NULL */
    sqlite3_int64 next;               /* where the next row's length probably is in `lengths` */
    const KbMemoryPhrases *memory;    /* phrases scored from their postings in memory, else NULL */
    double *memoryIdf;                /* per memory phrase */
    sqlite3_int64 *memoryCursor;      /* per memory phrase, where the last row was sought */
} RankData;

static void rankDataFree(void *p) { sqlite3_free(p); }

/* bm25()'s own IDF formula and floor (fts5_aux.c); 0 for a phrase that does not score (df < 0). */
static double inverseDocumentFrequency(sqlite3_int64 rows, sqlite3_int64 df) {
    if (df < 0) return 0.0;
    double idf = log(((double)rows - (double)df + 0.5) / ((double)df + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

/* Parses the frequencies and weights once per query (FTS5 keeps the result as the query's aux data).
 * On failure the function's error is set and NULL returned. */
static RankData *rankData(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal,
                    sqlite3_value **apVal) {
    RankData *data = api->xGetAuxdata(fts, 0);
    if (data) return data;
    int phrases = api->xPhraseCount(fts);
    int columns = api->xColumnCount(fts);
    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return NULL; }
    const KbMemoryPhrases *memory = nVal > 2 ? sqlite3_value_pointer(apVal[2], KB_MEMORY_PHRASES_POINTER_TYPE) : NULL;
    int memoryCount = memory ? memory->count : 0;
    sqlite3_int64 bytes = (sqlite3_int64)sizeof(RankData) + (sqlite3_int64)sizeof(double) * (2 * phrases + columns + memoryCount)
                        + (sqlite3_int64)sizeof(sqlite3_int64) * memoryCount;
    data = sqlite3_malloc64((sqlite3_uint64)bytes);
    if (!data) { sqlite3_result_error_nomem(ctx); return NULL; }
    memset(data, 0, (size_t)bytes);
    data->phrases = phrases;
    data->columns = columns;
    data->idf = (double *)&data[1];
    data->frequency = &data->idf[phrases];
    data->weight = &data->frequency[phrases];
    data->memoryIdf = &data->weight[columns];
    data->memoryCursor = (sqlite3_int64 *)&data->memoryIdf[memoryCount];
    data->memory = memory;
    data->averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;

    const char *text = nVal > 0 ? (const char *)sqlite3_value_text(apVal[0]) : NULL;
    int given = 0;
    while (text) {
        char *end = NULL;
        long long df = strtoll(text, &end, 10);
        if (end == text) break;
        if (given < phrases) {
            data->idf[given] = inverseDocumentFrequency(rows, df);
        }
        given++;
        text = end;
    }
    if (given != phrases) {
        sqlite3_free(data);
        char *message = sqlite3_mprintf("kbkit_rank: the query has %d phrases but %d document frequencies were given", phrases, given);
        sqlite3_result_error(ctx, message, -1);
        sqlite3_free(message);
        return NULL;
    }
    data->lengths = nVal > 1 ? sqlite3_value_pointer(apVal[1], KB_DOCUMENT_LENGTHS_POINTER_TYPE) : NULL;
    for (int m = 0; m < memoryCount; m++) data->memoryIdf[m] = inverseDocumentFrequency(rows, memory->documentFrequency[m]);
    for (int c = 0; c < columns; c++) data->weight[c] = c + 3 < nVal ? sqlite3_value_double(apVal[c + 3]) : 1.0;
    rc = api->xSetAuxdata(fts, data, rankDataFree); /* frees data itself when it fails */
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return NULL; }
    return data;
}

static void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **apVal) {
    RankData *data = rankData(api, fts, ctx, nVal, apVal);
    if (!data) return;
    /* Each scoring phrase's own position list, not xInst: xInstCount merges every phrase's positions
     * into one sorted array first, and half of a pruned query's phrases score nothing. */
    int rc = SQLITE_OK;
    for (int p = 0; rc == SQLITE_OK && p < data->phrases; p++) {
        double f = 0.0;
        if (data->idf[p] > 0.0) {
            Fts5PhraseIter iter;
            int column = 0, offset = 0;
            rc = api->xPhraseFirst(fts, p, &iter, &column, &offset);
            while (rc == SQLITE_OK && column >= 0) {
                if (column < data->columns) f += data->weight[column];
                api->xPhraseNext(fts, &iter, &column, &offset);
            }
        }
        data->frequency[p] = f;
    }
    /* The row's length from memory when the searcher gave the lengths: FTS5's own (xColumnSize) is a
     * %_docsize lookup per row, half of a search's time. */
    int length = -1;
    if (data->lengths) {
        sqlite3_int64 at = kbDocumentLengthsFind(data->lengths, api->xRowid(fts), data->next);
        if (at >= 0) { length = data->lengths->lengths[at]; data->next = at + 1; }
    }
    if (rc == SQLITE_OK && length < 0) rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
    const double k1 = 1.2, b = 0.75;
    double norm = k1 * (1.0 - b + b * (double)length / data->averageLength), score = 0.0;
    for (int p = 0; p < data->phrases; p++) {
        double f = data->frequency[p];
        if (f > 0.0) score += data->idf[p] * (f * (k1 + 1.0)) / (f + norm);
    }
    /* Then the phrases the searcher keeps in memory, in its order (the same sum, term by term, as
     * when they were phrases of the MATCH expression after the others). */
    if (data->memory) {
        sqlite3_int64 rowid = api->xRowid(fts);
        for (int m = 0; m < data->memory->count; m++) {
            const KbTermPostings *postings = data->memory->postings[m];
            if (!postings || data->memoryIdf[m] <= 0.0) continue;
            sqlite3_int64 at = kbTermPostingsSeek(postings, data->memoryCursor[m], rowid);
            data->memoryCursor[m] = at;
            if (at < postings->count && postings->rowids[at] == rowid) {
                double f = postings->counts[at];
                score += data->memoryIdf[m] * (f * (k1 + 1.0)) / (f + norm);
            }
        }
    }
    sqlite3_result_double(ctx, -score);
}

/* kbkit_weighted_count(<fts table>, w0, w1, ...): phrase 0's occurrences in the row, each weighing its
 * column's weight — what kb_term_postings_load keeps of a phrase, row by row. */
static void weightedCount(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nVal, sqlite3_value **apVal) {
    Fts5PhraseIter iter;
    int column = 0, offset = 0;
    double f = 0.0;
    int rc = api->xPhraseFirst(fts, 0, &iter, &column, &offset);
    while (rc == SQLITE_OK && column >= 0) {
        if (column < nVal) f += sqlite3_value_double(apVal[column]);
        api->xPhraseNext(fts, &iter, &column, &offset);
    }
    if (rc != SQLITE_OK) { sqlite3_result_error_code(ctx, rc); return; }
    sqlite3_result_double(ctx, f);
}

int kb_fts5_rank_register(void *connection) {
    sqlite3 *db = connection;
    fts5_api *api = NULL;
    sqlite3_stmt *statement = NULL;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, NULL);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(statement);
    rc = sqlite3_finalize(statement);
    if (rc != SQLITE_OK) return rc;
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    rc = api->xCreateFunction(api, "kbkit_rank", NULL, rank, NULL);
    if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "kbkit_weighted_count", NULL, weightedCount, NULL);
    return rc;
}
