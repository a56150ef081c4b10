/* libxml2 as Swift sees it.
 *
 * Debian builds libxml2 with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>; the system ICU
 * headers then clash with the toolchain's own _FoundationICU module that Foundation brings into every
 * Swift file ("UErrorCode is not present in definition…"). kbkit never touches libxml2's ICU
 * converter (iconv does our decoding), so the module is built as if libxml2 had no ICU: the only
 * difference is two fields of xmlCharEncodingHandler that Swift never reads or allocates. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
