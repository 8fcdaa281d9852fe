// SPDX-License-Identifier: MIT
// The C side of the ES module build (krait.mjs): interpreter sessions whose
// stdout and stderr are captured into buffers that web/krait_api.mjs reads.
#include <stdlib.h>
#include <string.h>

#include <emscripten.h>

#include "krait.h"

// Output of the current run, one buffer per stream.
typedef struct Capture {
    char *data;
    size_t len, cap;
    int failed; // out of memory while capturing: the text is truncated
} Capture;

typedef struct KrWebSession {
    KrVM *vm;
    Capture out, err;
} KrWebSession;

static void capture_append(Capture *c, const char *data, size_t len)
{
    if (c->len + len + 1 > c->cap) {
        size_t cap = c->cap ? c->cap : 1024;
        while (cap < c->len + len + 1) {
            cap *= 2;
        }
        char *p = realloc(c->data, cap);
        if (!p) {
            c->failed = 1;
            return;
        }
        c->data = p;
        c->cap = cap;
    }
    memcpy(c->data + c->len, data, len);
    c->len += len;
    c->data[c->len] = '\0';
}

static void session_write(void *userdata, int fd, const char *data, size_t len)
{
    KrWebSession *s = userdata;
    capture_append(fd == 2 ? &s->err : &s->out, data, len);
}

// There is no stdin in a page: input() sees EOF (and raises EOFError).
static long session_readline(void *userdata, char *buf, size_t size)
{
    (void)userdata;
    if (size > 0) {
        buf[0] = '\0';
    }
    return 0;
}

// Creates a session (one interpreter); NULL when out of memory.
EMSCRIPTEN_KEEPALIVE KrWebSession *krait_web_new(void)
{
    static char *argv[] = {"", NULL};
    KrWebSession *s = calloc(1, sizeof *s);
    if (!s) {
        return NULL;
    }
    KrConfig config = {0};
    config.argc = 1;
    config.argv = argv;
    config.write = session_write;
    config.readline = session_readline;
    config.userdata = s;
    s->vm = krait_new(&config);
    if (!s->vm) {
        free(s);
        return NULL;
    }
    return s;
}

// Runs `code` in the session's __main__ and returns the exit status (0, 1 after
// an uncaught exception, n for SystemExit(n)). The output is kept until the next run.
EMSCRIPTEN_KEEPALIVE int krait_web_run(KrWebSession *s, const char *code, const char *filename)
{
    s->out.len = s->err.len = 0;
    s->out.failed = s->err.failed = 0;
    capture_append(&s->out, "", 0);
    capture_append(&s->err, "", 0);
    return krait_run_string(s->vm, code, filename);
}

// The captured output of the last run for fd 1 or 2 (pointer and byte length).
EMSCRIPTEN_KEEPALIVE const char *krait_web_output(KrWebSession *s, int fd)
{
    Capture *c = fd == 2 ? &s->err : &s->out;
    return c->data ? c->data : "";
}

EMSCRIPTEN_KEEPALIVE size_t krait_web_output_len(KrWebSession *s, int fd)
{
    return fd == 2 ? s->err.len : s->out.len;
}

// The last uncaught exception as "Type: message", or NULL.
EMSCRIPTEN_KEEPALIVE const char *krait_web_last_error(KrWebSession *s)
{
    return krait_last_error(s->vm);
}

EMSCRIPTEN_KEEPALIVE int krait_web_exited(KrWebSession *s)
{
    return krait_exited(s->vm);
}

EMSCRIPTEN_KEEPALIVE void krait_web_free(KrWebSession *s)
{
    if (!s) {
        return;
    }
    krait_free(s->vm);
    free(s->out.data);
    free(s->err.data);
    free(s);
}
