#ifndef KB_ICU_H
#define KB_ICU_H
#include <stdint.h>
/* Placeholder: the Linguistics work replaces this with the ICU break-iterator shim. */
int32_t kb_icu_version(void);
#endif
