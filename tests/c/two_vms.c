// SPDX-License-Identifier: MIT
// Proves that two interpreters in one process share no state: globals, output
// callbacks, errors and lifetimes stay separate while the two run alternately.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

// Everything one interpreter wrote, by stream, through its own callback.
typedef struct Capture {
    const char *name;
    char out[4096], err[4096];
    size_t out_len, err_len;
} Capture;

static void capture_write(void *userdata, int fd, const char *data, size_t len)
{
    Capture *c = userdata;
    char *buf = fd == 2 ? c->err : c->out;
    size_t *used = fd == 2 ? &c->err_len : &c->out_len;
    if (*used + len >= sizeof c->out) {
        len = sizeof c->out - 1 - *used;
    }
    memcpy(buf + *used, data, len);
    *used += len;
    buf[*used] = '\0';
}

static void reset(Capture *c)
{
    c->out_len = c->err_len = 0;
    c->out[0] = c->err[0] = '\0';
}

static int failures;

static void expect(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "FAIL: %s\n", what);
        failures++;
    }
}

static KrVM *make_vm(Capture *c)
{
    static char *argv[] = {"two_vms", NULL};
    KrConfig config = {0};
    config.argc = 1;
    config.argv = argv;
    config.write = capture_write;
    config.userdata = c;
    KrVM *vm = krait_new(&config);
    if (!vm) {
        fprintf(stderr, "FAIL: krait_new returned NULL\n");
        exit(1);
    }
    return vm;
}

int main(void)
{
    Capture ca = {.name = "a"}, cb = {.name = "b"};
    KrVM *a = make_vm(&ca);
    KrVM *b = make_vm(&cb);

    // A global set in one interpreter is absent in the other.
    expect(krait_run_string(a, "x = 41", "<a>") == 0, "a: x = 41 runs");
    expect(krait_run_string(b, "print(x)", "<b>") == 1, "b: print(x) raises");
    expect(strstr(cb.err, "NameError: name 'x' is not defined") != NULL, "b: NameError on its own stderr");
    expect(krait_last_error(b) && strstr(krait_last_error(b), "NameError") != NULL, "b: krait_last_error names it");
    expect(ca.out_len == 0 && ca.err_len == 0, "a: saw none of b's output");
    reset(&cb);

    // Both run alternately, each with its own value of the same name.
    expect(krait_run_string(b, "x = 100", "<b>") == 0, "b: x = 100 runs");
    expect(krait_run_string(a, "print(x + 1)", "<a>") == 0, "a: print(x + 1) runs");
    expect(krait_last_error(a) == NULL, "a: no error after a clean run");
    expect(krait_run_string(b, "print(x + 1)", "<b>") == 0, "b: print(x + 1) runs");
    expect(strcmp(ca.out, "42\n") == 0, "a: printed 42 to its own callback");
    expect(strcmp(cb.out, "101\n") == 0, "b: printed 101 to its own callback");
    expect(ca.err_len == 0 && cb.err_len == 0, "no stray stderr output");
    reset(&ca);
    reset(&cb);

    // An exit in one interpreter doesn't end the other.
    expect(krait_run_string(a, "raise SystemExit(3)", "<a>") == 3, "a: SystemExit(3) gives 3");
    expect(krait_exited(a), "a: krait_exited after SystemExit");
    expect(!krait_exited(b), "b: not exited");

    // Freeing one leaves the other whole.
    krait_free(a);
    expect(krait_run_string(b, "print(x + 2)", "<b>") == 0, "b: runs after a is freed");
    expect(strcmp(cb.out, "102\n") == 0, "b: still has its own x");
    KrVM *c = make_vm(&ca);
    reset(&ca);
    expect(krait_run_string(c, "print(x)", "<c>") == 1, "c: a fresh interpreter has no x");
    krait_free(c);
    krait_free(b);

    if (failures) {
        fprintf(stderr, "two_vms: %d check(s) failed\n", failures);
        return 1;
    }
    puts("two_vms: ok");
    return 0;
}
