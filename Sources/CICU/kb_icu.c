#include "kb_icu.h"
#include <unicode/uversion.h>
int32_t kb_icu_version(void) { UVersionInfo v; u_getVersion(v); return v[0]; }
