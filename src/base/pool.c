// SPDX-License-Identifier: MIT
// The small-block allocator behind kr_object_alloc (see pool.h).
#include "pool.h"

#include <stdlib.h>

// Under AddressSanitizer every block comes from malloc, so that use-after-free
// and leaks of single objects stay visible to the sanitizer.
#if defined(__SANITIZE_ADDRESS__)
#define POOL_BYPASS 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_BYPASS 1
#endif
#endif
#ifndef POOL_BYPASS
#define POOL_BYPASS 0
#endif

// Chunks are carved into blocks of any class; a chunk is never split by class,
// so short-lived objects of different sizes stay close together in memory.
#define CHUNK_SIZE (256 * 1024)

struct KrPoolChunk {
    KrPoolChunk *next;
    uint64_t pad; // keeps the blocks after the header 8-aligned on every target
};

// Every block starts with this header; the caller's memory follows it.
typedef union BlockHeader {
    uint32_t cls;   // size class, or LARGE for malloc'd blocks
    uint64_t align; // the header is 8 bytes everywhere (wasm32 included)
} BlockHeader;

#define LARGE UINT32_MAX

static void *large_alloc(size_t size) {
    BlockHeader *h = malloc(sizeof(BlockHeader) + size);
    if (!h) {
        return NULL;
    }
    h->cls = LARGE;
    return h + 1;
}

// Larger requests fail at once: no host can back them, the header arithmetic
// below must not wrap, and sanitizer allocators abort on such sizes instead of
// returning NULL (the caller raises MemoryError, as CPython does for 'a' * 2**62).
#if SIZE_MAX > 0xFFFFFFFFu
#define POOL_MAX_REQUEST ((size_t)1 << 40)
#else
#define POOL_MAX_REQUEST ((size_t)PTRDIFF_MAX)
#endif

void *kr_pool_alloc(KrPool *pool, size_t size) {
    if (size > POOL_MAX_REQUEST) {
        return NULL;
    }
    // At least one pointer of payload: a freed block holds the free-list link.
    size_t total = sizeof(BlockHeader) + (size < sizeof(void *) ? sizeof(void *) : size);
    if (POOL_BYPASS || total > KR_POOL_MAX_BLOCK) {
        return large_alloc(size);
    }
    uint32_t cls = (uint32_t)((total + KR_POOL_GRAIN - 1) / KR_POOL_GRAIN - 1);
    void *head = pool->free_lists[cls];
    if (head) {
        pool->free_lists[cls] = *(void **)head;
        return head;
    }
    size_t block = ((size_t)cls + 1) * KR_POOL_GRAIN;
    if ((size_t)(pool->bump_end - pool->bump) < block) {
        // The rest of the old chunk is too small for this class: give it to the
        // free lists of the classes that fit, then start a new chunk.
        while ((size_t)(pool->bump_end - pool->bump) >= 2 * KR_POOL_GRAIN) {
            size_t left = (size_t)(pool->bump_end - pool->bump);
            size_t take = left < KR_POOL_MAX_BLOCK ? left : KR_POOL_MAX_BLOCK;
            uint32_t c = (uint32_t)(take / KR_POOL_GRAIN - 1);
            BlockHeader *h = (BlockHeader *)pool->bump;
            h->cls = c;
            *(void **)(h + 1) = pool->free_lists[c];
            pool->free_lists[c] = h + 1;
            pool->bump += (size_t)(c + 1) * KR_POOL_GRAIN;
        }
        KrPoolChunk *chunk = malloc(CHUNK_SIZE);
        if (!chunk) {
            return NULL;
        }
        chunk->next = pool->chunks;
        pool->chunks = chunk;
        pool->bump = (char *)(chunk + 1);
        pool->bump_end = (char *)chunk + CHUNK_SIZE;
    }
    BlockHeader *h = (BlockHeader *)pool->bump;
    pool->bump += block;
    h->cls = cls;
    return h + 1;
}

void kr_pool_free(KrPool *pool, void *p) {
    if (!p) {
        return;
    }
    BlockHeader *h = (BlockHeader *)p - 1;
    if (h->cls == LARGE) {
        free(h);
        return;
    }
    *(void **)p = pool->free_lists[h->cls];
    pool->free_lists[h->cls] = p;
}

void kr_pool_destroy(KrPool *pool) {
    while (pool->chunks) {
        KrPoolChunk *c = pool->chunks;
        pool->chunks = c->next;
        free(c);
    }
    for (int i = 0; i < KR_POOL_CLASSES; i++) {
        pool->free_lists[i] = NULL;
    }
    pool->bump = pool->bump_end = NULL;
}
