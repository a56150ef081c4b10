#include "kb_http.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* From curl/curl.h (libcurl 7.x/8.x ABI): option numbers are CURLOPTTYPE + n and never change. */
enum {
    OPT_WRITEDATA = 10001, OPT_URL = 10002, OPT_ERRORBUFFER = 10010, OPT_WRITEFUNCTION = 20011,
    OPT_POSTFIELDS = 10015, OPT_HTTPHEADER = 10023, OPT_CUSTOMREQUEST = 10036, OPT_NOSIGNAL = 99,
    OPT_TIMEOUT_MS = 155, OPT_PROTOCOLS = 181, OPT_POSTFIELDSIZE_LARGE = 30120,
    INFO_RESPONSE_CODE = 0x200000 + 2,
    PROTO_HTTP = 1, PROTO_HTTPS = 2,
    GLOBAL_DEFAULT = 3,
    E_OK = 0, E_OPERATION_TIMEDOUT = 28,
};

typedef void curl_handle;
struct slist;
typedef size_t (*write_fn)(char *, size_t, size_t, void *);

static struct {
    int (*global_init)(long);
    curl_handle *(*easy_init)(void);
    int (*easy_setopt)(curl_handle *, int, ...);
    int (*easy_perform)(curl_handle *);
    int (*easy_getinfo)(curl_handle *, int, ...);
    void (*easy_cleanup)(curl_handle *);
    const char *(*easy_strerror)(int);
    struct slist *(*slist_append)(struct slist *, const char *);
    void (*slist_free_all)(struct slist *);
    int loaded;
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load_curl(void) {
    void *lib = dlopen("libcurl.so.4", RTLD_NOW | RTLD_GLOBAL);
    if (!lib) lib = dlopen("libcurl.so", RTLD_NOW | RTLD_GLOBAL);
    if (!lib) return;
#define LOAD(field, name) if (!(*(void **)&curl.field = dlsym(lib, name))) return;
    LOAD(global_init, "curl_global_init")
    LOAD(easy_init, "curl_easy_init")
    LOAD(easy_setopt, "curl_easy_setopt")
    LOAD(easy_perform, "curl_easy_perform")
    LOAD(easy_getinfo, "curl_easy_getinfo")
    LOAD(easy_cleanup, "curl_easy_cleanup")
    LOAD(easy_strerror, "curl_easy_strerror")
    LOAD(slist_append, "curl_slist_append")
    LOAD(slist_free_all, "curl_slist_free_all")
#undef LOAD
    /* Once, before any handle (curl_easy_init would do it, but not thread-safely on old versions). */
    if (curl.global_init(GLOBAL_DEFAULT) != E_OK) return;
    curl.loaded = 1;
}

typedef struct { char *data; size_t length, capacity; int failed; } buffer;

static size_t append(char *bytes, size_t size, size_t count, void *context) {
    buffer *b = context;
    size_t n = size * count;
    if (b->length + n + 1 > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 4096;
        while (capacity < b->length + n + 1) capacity *= 2;
        char *grown = realloc(b->data, capacity);
        if (!grown) { b->failed = 1; return 0; }  /* returning less than n aborts the transfer */
        b->data = grown;
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, bytes, n);
    b->length += n;
    b->data[b->length] = 0;
    return n;
}

int kb_http_perform(const char *method, const char *url, const char *const *headers, size_t header_count,
                    const void *body, size_t body_length, long timeout_ms, kb_http_result *result) {
    memset(result, 0, sizeof *result);
    pthread_once(&load_once, load_curl);
    if (!curl.loaded) {
        snprintf(result->message, sizeof result->message, "libcurl.so.4 could not be loaded (it comes with FoundationNetworking; install libcurl4)");
        return KB_HTTP_NO_LIBRARY;
    }
    curl_handle *h = curl.easy_init();
    if (!h) { snprintf(result->message, sizeof result->message, "curl_easy_init failed"); return KB_HTTP_UNREACHABLE; }
    char error[256] = {0};
    buffer received = {0};
    struct slist *list = NULL;
    for (size_t i = 0; i < header_count; i++) list = curl.slist_append(list, headers[i]);
    /* A body of a few KB would otherwise wait for "100 Continue" first. */
    list = curl.slist_append(list, "Expect:");

    curl.easy_setopt(h, OPT_URL, url);
    curl.easy_setopt(h, OPT_CUSTOMREQUEST, method);
    curl.easy_setopt(h, OPT_HTTPHEADER, list);
    curl.easy_setopt(h, OPT_PROTOCOLS, (long)(PROTO_HTTP | PROTO_HTTPS));
    curl.easy_setopt(h, OPT_NOSIGNAL, 1L);  /* threads: no SIGALRM for DNS timeouts */
    curl.easy_setopt(h, OPT_TIMEOUT_MS, timeout_ms);
    curl.easy_setopt(h, OPT_ERRORBUFFER, error);
    curl.easy_setopt(h, OPT_WRITEFUNCTION, (write_fn)append);
    curl.easy_setopt(h, OPT_WRITEDATA, (void *)&received);
    if (body) {
        curl.easy_setopt(h, OPT_POSTFIELDSIZE_LARGE, (long long)body_length);
        curl.easy_setopt(h, OPT_POSTFIELDS, body);
    }
    int code = curl.easy_perform(h);
    int outcome = KB_HTTP_OK;
    if (code == E_OK) {
        long status = 0;
        curl.easy_getinfo(h, INFO_RESPONSE_CODE, &status);
        result->status = status;
        result->body = received.data;
        result->body_length = received.length;
        received.data = NULL;
    } else {
        outcome = code == E_OPERATION_TIMEDOUT ? KB_HTTP_TIMEOUT : KB_HTTP_UNREACHABLE;
        snprintf(result->message, sizeof result->message, "%s", error[0] ? error : curl.easy_strerror(code));
    }
    free(received.data);
    curl.slist_free_all(list);
    curl.easy_cleanup(h);
    return outcome;
}

void kb_http_result_free(kb_http_result *result) {
    free(result->body);
    result->body = NULL;
    result->body_length = 0;
}
