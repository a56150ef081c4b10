#ifndef KB_DOCUMENT_LENGTHS_INTERNAL_H
#define KB_DOCUMENT_LENGTHS_INTERNAL_H
/* What kb_document_lengths.c and kbkit_rank share; not part of the module's interface. */
#include <sqlite3.h>

/* The pointer type sqlite3_bind_pointer and sqlite3_value_pointer agree on. */
#define KB_DOCUMENT_LENGTHS_POINTER_TYPE "kbkit_document_lengths"

/* Rows sorted by rowid, each with its length. */
typedef struct KbDocumentLengths {
    sqlite3_int64 count;
    sqlite3_int64 *rowids;
    int *lengths;
} KbDocumentLengths;

/* The index of `rowid` in `lengths`, or -1; `hint` is the index after the previous row's (0: none). */
sqlite3_int64 kbDocumentLengthsFind(const KbDocumentLengths *lengths, sqlite3_int64 rowid, sqlite3_int64 hint);
#endif
