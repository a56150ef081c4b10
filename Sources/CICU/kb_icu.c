/*
 * The ICU side of kb_icu.h. Including ICU here (and only here) is what keeps the system ICU away
 * from Swift's `_FoundationICU`; see the header for why.
 */
#include "kb_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

struct kb_breaker { UBreakIterator *it; };

kb_breaker *kb_break_open(int32_t kind, const char *locale) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIteratorType type = kind == KB_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *it = ubrk_open(type, locale, NULL, 0, &err);
    if (U_FAILURE(err) || it == NULL) return NULL;
    kb_breaker *b = malloc(sizeof *b);
    if (b == NULL) { ubrk_close(it); return NULL; }
    b->it = it;
    return b;
}

void kb_break_close(kb_breaker *b) {
    if (b == NULL) return;
    ubrk_close(b->it);
    free(b);
}

int32_t kb_break_bounds(kb_breaker *b, const uint16_t *text, int32_t length,
                        int32_t *bounds, int32_t *status) {
    if (b == NULL || length < 0) return -1;
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText(b->it, (const UChar *)text, length, &err);
    if (U_FAILURE(err)) return -1;
    int32_t n = 0;
    int32_t pos = ubrk_first(b->it);
    bounds[n++] = pos;
    while ((pos = ubrk_next(b->it)) != UBRK_DONE && n <= length) {
        /* rule status belongs to the boundary that ends the segment */
        status[n - 1] = ubrk_getRuleStatus(b->it);
        bounds[n++] = pos;
    }
    /* Drop the reference to the caller's buffer: ICU would otherwise keep pointing at it. */
    static const UChar empty[1] = {0};
    ubrk_setText(b->it, empty, 0, &err);
    return n;
}

static const UNormalizer2 *kb_norm(int32_t form, UErrorCode *err) {
    switch (form) {
    case KB_NORM_NFC: return unorm2_getNFCInstance(err);
    case KB_NORM_NFD: return unorm2_getNFDInstance(err);
    case KB_NORM_NFKC: return unorm2_getNFKCInstance(err);
    default: return unorm2_getNFKCCasefoldInstance(err);
    }
}

int32_t kb_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = kb_norm(form, &err);
    if (U_FAILURE(err)) return -1;
    int32_t out = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dst, capacity, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) return out;
    return U_FAILURE(err) ? -1 : out;
}

int32_t kb_is_normalized(int32_t form, const uint16_t *src, int32_t length) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = kb_norm(form, &err);
    if (U_FAILURE(err)) return 0;
    int32_t end = unorm2_spanQuickCheckYes(n, (const UChar *)src, length, &err);
    return U_SUCCESS(err) && end == length;
}

int32_t kb_utf8_to_utf16(const char *src, int32_t length, uint16_t *dst, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t out = 0;
    u_strFromUTF8WithSub((UChar *)dst, capacity, &out, src, length, 0xFFFD, NULL, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) return out;
    return U_FAILURE(err) ? -1 : out;
}

struct kb_translit { UTransliterator *t; };

kb_translit *kb_translit_open(const char *id) {
    UChar uid[128];
    u_uastrncpy(uid, id, 127);
    uid[127] = 0;
    UErrorCode err = U_ZERO_ERROR;
    UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
    if (U_FAILURE(err) || t == NULL) return NULL;
    kb_translit *k = malloc(sizeof *k);
    if (k == NULL) { utrans_close(t); return NULL; }
    k->t = t;
    return k;
}

void kb_translit_close(kb_translit *k) {
    if (k == NULL) return;
    utrans_close(k->t);
    free(k);
}

int32_t kb_translit_apply(kb_translit *k, uint16_t *buf, int32_t *length, int32_t capacity) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = *length;
    utrans_transUChars(k->t, (UChar *)buf, length, capacity, 0, &limit, &err);
    return U_FAILURE(err) ? -1 : 0;
}

int32_t kb_char_script(int32_t c) {
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript(c, &err);
    return U_FAILURE(err) ? -1 : (int32_t)s;
}

int32_t kb_char_category(int32_t c) { return (int32_t)u_charType(c); }
int32_t kb_char_is_alnum(int32_t c) { return u_isalnum(c) ? 1 : 0; }
int32_t kb_char_is_mark(int32_t c) { return (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0; }

int32_t kb_icu_version(void) { UVersionInfo v; u_getVersion(v); return v[0]; }
