// SPDX-License-Identifier: MIT
// The small-block allocator: blocks are distinct and aligned, freed blocks are
// reused, and arenas go back to the system once all their blocks are freed.
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../src/base/pool.h"

#define N 200000

static void *blocks[N];

static int fail(const char *what) {
    fprintf(stderr, "pool_test: %s\n", what);
    return 1;
}

int main(void) {
    KrPool pool = {0};
    for (int i = 0; i < N; i++) {
        size_t size = (size_t)(i % 70) * 8 + 1; // every class, plus large blocks
        blocks[i] = kr_pool_alloc(&pool, size);
        if (!blocks[i] || ((uintptr_t)blocks[i] & 7) != 0) {
            return fail("allocation failed or misaligned");
        }
        memset(blocks[i], i & 0xff, size);
    }
    if (pool.nblocks != N) {
        return fail("nblocks after allocating");
    }
    intptr_t peak = pool.narenas;
    // Free every other block, then reallocate: the freed memory is reused.
    for (int i = 0; i < N; i += 2) {
        kr_pool_free(&pool, blocks[i]);
    }
    for (int i = 0; i < N; i += 2) {
        blocks[i] = kr_pool_alloc(&pool, (size_t)(i % 70) * 8 + 1);
    }
    if (pool.narenas > peak) {
        return fail("freed blocks were not reused");
    }
    for (int i = 1; i < N; i += 2) {
        if (((unsigned char *)blocks[i])[0] != (i & 0xff)) {
            return fail("a live block was overwritten");
        }
    }
    for (int i = 0; i < N; i++) {
        kr_pool_free(&pool, blocks[i]);
    }
    if (pool.nblocks != 0) {
        return fail("nblocks after freeing");
    }
    // All memory went back, but for one spare arena.
    if (pool.narenas > 1) {
        return fail("empty arenas were kept");
    }
    kr_pool_destroy(&pool);
    printf("pool_test: ok (peak %ld arenas)\n", (long)peak);
    return 0;
}
