#ifndef KB_HTTP_H
#define KB_HTTP_H
/*
 * One blocking HTTP exchange through libcurl's easy interface, for kbkit's two HTTP clients (the
 * ERP connector and the OpenAI-compatible generator).
 *
 * Why not URLSession: on Linux, FoundationNetworking drives libcurl's multi interface from
 * Dispatch, and while a response is awaited it wakes up about a thousand times a second (measured:
 * a request answered after 5 s cost 1.3–3.3 s of CPU, ~5,700 poll/read/write and ~11,000 epoll_ctl
 * calls). curl_easy_perform waits in poll() until the socket is ready or the timeout expires:
 * the same request costs a few milliseconds of CPU.
 *
 * Why dlopen: libcurl.so.4 is on every machine where FoundationNetworking runs (it links it), but
 * its headers (libcurl4-openssl-dev) are not; the few functions and option numbers used here are
 * part of libcurl's stable ABI. No curl type leaves this file: the header speaks plain C.
 */
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    KB_HTTP_OK = 0,
    KB_HTTP_TIMEOUT = 1,      /* the whole exchange took longer than timeout_ms */
    KB_HTTP_UNREACHABLE = 2,  /* DNS, connection refused, TLS, a broken response, … (message says which) */
    KB_HTTP_NO_LIBRARY = 3,   /* libcurl.so.4 could not be loaded */
};

typedef struct kb_http_result {
    long status;          /* the HTTP status when the code is KB_HTTP_OK */
    char *body;           /* malloc'ed response body (may be NULL when empty); free with kb_http_result_free */
    size_t body_length;
    char message[256];    /* libcurl's explanation when the code is not KB_HTTP_OK */
} kb_http_result;

/*
 * Sends `method url` with `header_count` header lines ("Name: value") and an optional body, and
 * blocks until the response is complete or `timeout_ms` has passed (millisecond precision).
 * Only http and https are allowed. Thread-safe: each call uses its own handle.
 */
int kb_http_perform(const char *method, const char *url, const char *const *headers, size_t header_count,
                    const void *body, size_t body_length, long timeout_ms, kb_http_result *result);

void kb_http_result_free(kb_http_result *result);

#ifdef __cplusplus
}
#endif
#endif
