#ifndef KB_CLD2_H
#define KB_CLD2_H
/*
 * A C face for CLD2 (C++): Swift cannot call C++ APIs of a system library directly without C++
 * interop for the whole module graph, so this shim flattens ExtDetectLanguageSummary into one
 * function with plain C types. CLD2 keeps no state between calls and is safe to call from several
 * threads at once.
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kb_cld2_result {
    char language[3][16];      /* CLD2 language codes ("en", "zh-Hant", "tl", "un" for none) */
    int32_t percent[3];        /* share of the text's bytes in that language */
    double normalized_score[3];/* CLD2's per-language score, per 1 KB of text */
    char summary[16];          /* the overall answer */
    int32_t text_bytes;        /* letters CLD2 actually scored */
    int32_t is_reliable;
} kb_cld2_result;

/* Detects the language of UTF-8 text (plain text, not HTML) with CLD2's best-effort flag, so short
 * texts get an answer too. Returns 0. */
int32_t kb_cld2_detect(const char *utf8, int32_t length, kb_cld2_result *out);

#ifdef __cplusplus
}
#endif
#endif
