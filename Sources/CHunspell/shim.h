// Hunspell's C interface (Debian: libhunspell-dev; the library comes from pkg-config's `hunspell`).
#include <hunspell/hunspell.h>
