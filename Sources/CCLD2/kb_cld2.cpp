#include <cstdio>
#include "kb_cld2.h"
extern "C" int kb_cld2_placeholder(void) { return 0; }
