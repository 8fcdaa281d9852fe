// SPDX-License-Identifier: MIT
// Raw memory for the VM: malloc with MemoryError on failure.
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "../vm/vm.h"
#include "exc.h"

// Requests past this size fail as MemoryError without asking malloc: no host
// can back them, and sanitizer allocators abort on such sizes instead of
// returning NULL (CPython raises MemoryError for `[0] * 10**12`).
#if SIZE_MAX > 0xFFFFFFFFu
#define MEM_MAX ((size_t)1 << 40)
#else
#define MEM_MAX ((size_t)PTRDIFF_MAX)
#endif

void *kr_mem_alloc(KrThread *ts, size_t size) {
    if (size > MEM_MAX) {
        kr_err_no_memory(ts);
        return NULL;
    }
    void *p = malloc(size ? size : 1);
    if (!p) {
        kr_err_no_memory(ts);
    }
    return p;
}

void *kr_mem_realloc(KrThread *ts, void *p, size_t size) {
    if (size > MEM_MAX) {
        kr_err_no_memory(ts);
        return NULL;
    }
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
