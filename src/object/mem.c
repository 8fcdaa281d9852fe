// SPDX-License-Identifier: MIT
// Raw memory for the VM: malloc with MemoryError on failure.
#include <stdlib.h>

#include "../vm/vm.h"
#include "exc.h"

void *kr_mem_alloc(KrThread *ts, size_t size) {
    void *p = malloc(size ? size : 1);
    if (!p) {
        kr_err_no_memory(ts);
    }
    return p;
}

void *kr_mem_realloc(KrThread *ts, void *p, size_t size) {
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        kr_err_no_memory(ts);
    }
    return q;
}

void kr_mem_free(KrThread *ts, void *p) {
    (void)ts;
    free(p);
}
