#ifndef KB_CLD2_H
#define KB_CLD2_H
#ifdef __cplusplus
extern "C" {
#endif
/* Placeholder: the Linguistics work replaces this with the CLD2 shim. */
int kb_cld2_placeholder(void);
#ifdef __cplusplus
}
#endif
#endif
