#include "kb_document_lengths.h"
#include "kb_document_lengths_internal.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

/* SQLite's varint (the format FTS5 writes %_docsize with): big-endian groups of 7 bits, the high bit
 * saying another byte follows; a ninth byte carries 8 bits. Returns the bytes read, 0 if truncated. */
static int readVarint(const unsigned char *p, int n, sqlite3_uint64 *value) {
    sqlite3_uint64 v = 0;
    for (int i = 0; i < n && i < 9; i++) {
        if (i == 8) { *value = (v << 8) | p[i]; return 9; }
        v = (v << 7) | (p[i] & 0x7f);
        if (!(p[i] & 0x80)) { *value = v; return i + 1; }
    }
    return 0;
}

int kb_document_lengths_load(void *connection, const char *table, void **out) {
    *out = NULL;
    sqlite3 *db = connection;
    char *sql = sqlite3_mprintf("SELECT id, sz FROM \"%w_docsize\" ORDER BY id", table);
    if (!sql) return SQLITE_NOMEM;
    sqlite3_stmt *statement = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, NULL);
    sqlite3_free(sql);
    if (rc != SQLITE_OK) return rc;
    KbDocumentLengths *lengths = calloc(1, sizeof(KbDocumentLengths));
    sqlite3_int64 capacity = 0;
    if (!lengths) rc = SQLITE_NOMEM;
    while (rc == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW) {
        if (lengths->count == capacity) {
            capacity = capacity ? capacity * 2 : 1024;
            sqlite3_int64 *rowids = realloc(lengths->rowids, (size_t)capacity * sizeof(sqlite3_int64));
            if (rowids) lengths->rowids = rowids;
            int *sizes = realloc(lengths->lengths, (size_t)capacity * sizeof(int));
            if (sizes) lengths->lengths = sizes;
            if (!rowids || !sizes) { rc = SQLITE_NOMEM; break; }
        }
        const unsigned char *blob = sqlite3_column_blob(statement, 1);
        int n = sqlite3_column_bytes(statement, 1), at = 0;
        sqlite3_uint64 total = 0, size = 0;
        while (at < n) {
            int used = readVarint(blob + at, n - at, &size);
            if (used == 0) { rc = SQLITE_CORRUPT; break; }
            total += size;
            at += used;
        }
        lengths->rowids[lengths->count] = sqlite3_column_int64(statement, 0);
        lengths->lengths[lengths->count] = total > 0x7fffffff ? 0x7fffffff : (int)total;
        lengths->count++;
    }
    int finalized = sqlite3_finalize(statement);
    if (rc == SQLITE_OK) rc = finalized;
    if (rc != SQLITE_OK) { kb_document_lengths_free(lengths); return rc; }
    *out = lengths;
    return SQLITE_OK;
}

long long kb_document_lengths_count(const void *lengths) { return ((const KbDocumentLengths *)lengths)->count; }

int kb_document_lengths_of(const void *p, long long rowid) {
    sqlite3_int64 at = kbDocumentLengthsFind(p, rowid, 0);
    return at < 0 ? -1 : ((const KbDocumentLengths *)p)->lengths[at];
}

sqlite3_int64 kbDocumentLengthsFind(const KbDocumentLengths *lengths, sqlite3_int64 rowid, sqlite3_int64 hint) {
    /* FTS5 visits a query's rows in ascending rowid order: the next row lies at or after the previous
     * one's place, usually close. Gallop forward from there to bracket it, then bisect the bracket;
     * a row before the hint (a new query) is bisected from the start. */
    sqlite3_int64 low = 0, high = lengths->count;
    if (hint > 0 && hint <= lengths->count && lengths->rowids[hint - 1] < rowid) {
        sqlite3_int64 step = 1;
        low = hint;
        high = hint;
        while (high < lengths->count && lengths->rowids[high] < rowid) {
            low = high + 1;
            high += step;
            step *= 2;
        }
        if (high > lengths->count) high = lengths->count;
    }
    while (low < high) {
        sqlite3_int64 middle = low + (high - low) / 2;
        if (lengths->rowids[middle] < rowid) low = middle + 1; else high = middle;
    }
    return low < lengths->count && lengths->rowids[low] == rowid ? low : -1;
}

double kb_document_lengths_average(const void *p) {
    const KbDocumentLengths *lengths = p;
    if (lengths->count == 0) return 1.0;
    double total = 0.0;
    for (sqlite3_int64 i = 0; i < lengths->count; i++) total += lengths->lengths[i];
    return total / (double)lengths->count;
}

void kb_document_lengths_free(void *p) {
    KbDocumentLengths *lengths = p;
    if (!lengths) return;
    free(lengths->rowids);
    free(lengths->lengths);
    free(lengths);
}

int kb_document_lengths_bind(void *statement, int index, const void *lengths) {
    if (!lengths) return sqlite3_bind_null(statement, index);
    return sqlite3_bind_pointer(statement, index, (void *)lengths, KB_DOCUMENT_LENGTHS_POINTER_TYPE, NULL);
}
