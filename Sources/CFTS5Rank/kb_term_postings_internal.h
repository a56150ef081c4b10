#ifndef KB_TERM_POSTINGS_INTERNAL_H
#define KB_TERM_POSTINGS_INTERNAL_H
/* What kb_term_postings.c and kbkit_rank share; not part of the module's interface. */
#include <sqlite3.h>

#define KB_MEMORY_PHRASES_POINTER_TYPE "kbkit_memory_phrases"

/* Rows sorted by rowid, each with the phrase's weighted count. */
typedef struct KbTermPostings {
    sqlite3_int64 count;
    sqlite3_int64 *rowids;
    double *counts;
} KbTermPostings;

typedef struct KbMemoryPhrases {
    int count;
    const KbTermPostings **postings;
    sqlite3_int64 *documentFrequency;
} KbMemoryPhrases;

/* The first index at or after `from` whose rowid is at least `rowid` (count when none). */
sqlite3_int64 kbTermPostingsSeek(const KbTermPostings *postings, sqlite3_int64 from, sqlite3_int64 rowid);

#endif
