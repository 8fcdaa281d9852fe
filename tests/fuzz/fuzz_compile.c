// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes through the tokenizer, parser and
// compiler (exec, eval and single modes). It must never crash, leak or hang;
// bad input ends in an exception (SyntaxError, ValueError, MemoryError...).
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/compiler/ast.h"
#include "../../src/vm/vm.h"

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
    if (size == 0) {
        return 0;
    }
    // The first byte picks the mode, the rest is the source (NUL-terminated copy).
    KrParseMode mode = data[0] % 3 == 0 ? KR_MODE_EXEC : data[0] % 3 == 1 ? KR_MODE_EVAL : KR_MODE_SINGLE;
    char *src = malloc(size);
    if (!src) {
        return 0;
    }
    memcpy(src, data + 1, size - 1);
    src[size - 1] = '\0';
    KrThread *ts = vm->main_thread;
    int incomplete = 0;
    KrObject *code = kr_compile_source(ts, src, strlen(src), "<fuzz>", mode, &incomplete);
    if (code) {
        KR_DECREF(ts, code);
    } else {
        kr_err_clear(ts);
    }
    free(src);
    return 0;
}
