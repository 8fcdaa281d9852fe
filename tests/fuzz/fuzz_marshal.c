// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes through marshal.loads (and, when they load,
// back through marshal.dumps). It must never crash, leak or read out of
// bounds; bad input ends in ValueError, EOFError or TypeError.
#include <stdint.h>
#include <stdlib.h>

#include "../../src/vm/marshal.h"

static KrVM *vm;

static void drop_output(void *ud, int fd, const char *data, size_t len) {
    (void)ud;
    (void)fd;
    (void)data;
    (void)len;
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    KrConfig config = {0};
    config.write = drop_output;
    vm = krait_new(&config);
    return vm ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    KrThread *ts = vm->main_thread;
    KrObject *v = kr_marshal_loads(ts, (const char *)data, size, NULL);
    if (v) {
        KrObject *again = kr_marshal_dumps(ts, v, KR_MARSHAL_VERSION);
        KR_XDECREF(ts, again);
        KR_DECREF(ts, v);
    }
    kr_err_clear(ts);
    return 0;
}
