#ifndef KB_ICU_H
#define KB_ICU_H
/*
 * A deliberately tiny window onto the system ICU (libicu 72).
 *
 * Why a shim: importing the unicode/ headers into Swift clashes with the toolchain's own
 * `_FoundationICU` module (same symbol and type names, different versions), and that module does
 * not expose the break iterator. So this header names no ICU type at all: only plain integers,
 * UTF-16 code units (uint16_t) and opaque handles. The .c file includes ICU and links icuuc/icui18n;
 * ICU renames its symbols with a version suffix (ubrk_open_72), so both ICUs coexist in one process.
 *
 * Every handle returned here is owned by the caller and must be released with its *_close function.
 * A handle is not thread-safe: use one per thread (the Swift side pools them).
 */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- break iteration ------------------------------------------------------------------------ */
typedef struct kb_breaker kb_breaker;

enum { KB_BREAK_WORD = 0, KB_BREAK_SENTENCE = 1 };

/* locale: e.g. "th", "ja", "de@ss=standard" (sentence-break suppressions for abbreviations). */
kb_breaker *kb_break_open(int32_t kind, const char *locale);
void kb_break_close(kb_breaker *breaker);

/*
 * Segments text[0..<length] and writes the boundaries (0 first, length last) to `bounds` and, for
 * each segment i (bounds[i]..<bounds[i+1]), ICU's rule status to `status[i]`
 * (word break: 0 none/punctuation/space, 100.. number, 200.. letter, 300.. kana, 400.. ideograph).
 * Both arrays need room for length + 1 entries. Returns the number of boundaries, or -1 on error.
 * The breaker keeps no reference to `text` after returning.
 */
int32_t kb_break_bounds(kb_breaker *breaker, const uint16_t *text, int32_t length,
                        int32_t *bounds, int32_t *status);

/* ---- normalization ------------------------------------------------------------------------- */
enum { KB_NORM_NFC = 0, KB_NORM_NFD = 1, KB_NORM_NFKC = 2, KB_NORM_NFKC_CASEFOLD = 3 };

/* Writes the normalized text to dst. Returns its length; if it exceeds `capacity`, nothing useful
 * was written and the caller retries with that capacity. -1 on error. */
int32_t kb_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dst, int32_t capacity);

/* 1 when src is already in the form (fast check, lets callers skip a copy), 0 otherwise. */
int32_t kb_is_normalized(int32_t form, const uint16_t *src, int32_t length);

/* ---- UTF-8 -> UTF-16 ---------------------------------------------------------------------- */
/* Converts (ill-formed bytes become U+FFFD). Returns the UTF-16 length; retry when > capacity. */
int32_t kb_utf8_to_utf16(const char *src, int32_t length, uint16_t *dst, int32_t capacity);

/* ---- transliteration ---------------------------------------------------------------------- */
typedef struct kb_translit kb_translit;

/* id: an ICU transform id, e.g. "Traditional-Simplified". NULL if unknown. */
kb_translit *kb_translit_open(const char *id);
void kb_translit_close(kb_translit *translit);
/* Transforms buf[0..<*length] in place (capacity code units available); updates *length.
 * Returns 0, or -1 on error (including lack of room). */
int32_t kb_translit_apply(kb_translit *translit, uint16_t *buf, int32_t *length, int32_t capacity);

/* ---- character properties (used to build lookup tables once) ---------------------------- */
int32_t kb_char_script(int32_t c);      /* UScriptCode; see the KB_SCRIPT_* values used in Swift */
int32_t kb_char_category(int32_t c);    /* UCharCategory (u_charType) */
int32_t kb_char_is_alnum(int32_t c);    /* u_isalnum: letter or decimal digit */
int32_t kb_char_is_mark(int32_t c);     /* general category M* */

/* The ICU major version linked (for diagnostics). */
int32_t kb_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
