// SPDX-License-Identifier: MIT
// The small-block allocator behind kr_object_alloc (see pool.h).
#include "pool.h"

#include <stdbool.h>
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

#define ARENA_SIZE (256 * 1024)
#define PAGE_SIZE (16 * 1024)
#define ARENA_PAGES (ARENA_SIZE / PAGE_SIZE)

struct KrArena {
    KrArena *next, *prev;   // in pool->arenas or pool->full_arenas
    char *base;             // ARENA_SIZE bytes aligned to PAGE_SIZE
    KrPoolPage *free_pages; // pages given back, chained through `next`
    int nfree;              // pages not in use (given back or never used)
    int nfresh;             // pages ever handed out, from the start of base
};

struct KrPoolPage {
    KrPoolPage *next, *prev; // in pool->usable[cls] while `listed`
    KrArena *arena;
    void *free;              // freed blocks, chained through their first word
    char *bump;              // the part of the page never used yet
    uint32_t cls;
    uint32_t nused;
    bool listed;
};

// Blocks start this far into their page (the page header, rounded to 8).
#define PAGE_HEADER ((sizeof(KrPoolPage) + 7) & ~(size_t)7)

// Every block starts with this header; the caller's memory follows it. A free
// block's header holds the free-list link instead.
typedef union BlockHeader {
    uint32_t cls;   // size class, or LARGE for malloc'd blocks
    uint64_t align; // the header is 8 bytes everywhere (wasm32 included)
    void *link;
} BlockHeader;

#define LARGE UINT32_MAX

static size_t block_size(uint32_t cls) {
    return ((size_t)cls + 1) * KR_POOL_GRAIN;
}

static void *large_alloc(KrPool *pool, size_t size) {
    BlockHeader *h = malloc(sizeof(BlockHeader) + size);
    if (!h) {
        return NULL;
    }
    h->cls = LARGE;
    pool->nblocks++;
    return h + 1;
}

// ---- doubly linked lists with a head pointer -----------------------------------------

#define LIST_PUSH(head, node)                                                                                          \
    do {                                                                                                               \
        (node)->prev = NULL;                                                                                           \
        (node)->next = (head);                                                                                         \
        if (head) {                                                                                                    \
            (head)->prev = (node);                                                                                     \
        }                                                                                                              \
        (head) = (node);                                                                                               \
    } while (0)

#define LIST_REMOVE(head, node)                                                                                        \
    do {                                                                                                               \
        if ((node)->prev) {                                                                                            \
            (node)->prev->next = (node)->next;                                                                         \
        } else {                                                                                                       \
            (head) = (node)->next;                                                                                     \
        }                                                                                                              \
        if ((node)->next) {                                                                                            \
            (node)->next->prev = (node)->prev;                                                                         \
        }                                                                                                              \
    } while (0)

// ---- arenas and pages ------------------------------------------------------------------

static KrArena *new_arena(KrPool *pool) {
    if (pool->spare) {
        KrArena *a = pool->spare;
        pool->spare = NULL;
        return a;
    }
    KrArena *a = malloc(sizeof(KrArena));
    if (!a) {
        return NULL;
    }
    a->base = aligned_alloc(PAGE_SIZE, ARENA_SIZE);
    if (!a->base) {
        free(a);
        return NULL;
    }
    a->free_pages = NULL;
    a->nfree = ARENA_PAGES;
    a->nfresh = 0;
    pool->narenas++;
    return a;
}

static KrPoolPage *new_page(KrPool *pool, uint32_t cls) {
    KrArena *a = pool->arenas;
    if (!a) {
        a = new_arena(pool);
        if (!a) {
            return NULL;
        }
        LIST_PUSH(pool->arenas, a);
    }
    KrPoolPage *pg;
    if (a->free_pages) {
        pg = a->free_pages;
        a->free_pages = pg->next;
    } else {
        pg = (KrPoolPage *)(a->base + (size_t)a->nfresh * PAGE_SIZE);
        a->nfresh++;
    }
    if (--a->nfree == 0) {
        LIST_REMOVE(pool->arenas, a);
        LIST_PUSH(pool->full_arenas, a);
    }
    pg->arena = a;
    pg->free = NULL;
    pg->bump = (char *)pg + PAGE_HEADER;
    pg->cls = cls;
    pg->nused = 0;
    pg->listed = true;
    LIST_PUSH(pool->usable[cls], pg);
    return pg;
}

// An empty page goes back to its arena; an empty arena goes back to the system.
static void release_page(KrPool *pool, KrPoolPage *pg) {
    KrArena *a = pg->arena;
    if (a->nfree == 0) {
        LIST_REMOVE(pool->full_arenas, a);
        LIST_PUSH(pool->arenas, a);
    }
    pg->next = a->free_pages;
    a->free_pages = pg;
    if (++a->nfree < ARENA_PAGES) {
        return;
    }
    LIST_REMOVE(pool->arenas, a);
    a->free_pages = NULL;
    a->nfresh = 0;
    if (!pool->spare) {
        pool->spare = a;
        return;
    }
    free(a->base);
    free(a);
    pool->narenas--;
}

// ---- the public API ----------------------------------------------------------------------

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
        return large_alloc(pool, size);
    }
    uint32_t cls = (uint32_t)((total + KR_POOL_GRAIN - 1) / KR_POOL_GRAIN - 1);
    size_t bsize = block_size(cls);
    KrPoolPage *pg = pool->usable[cls];
    if (!pg) {
        pg = new_page(pool, cls);
        if (!pg) {
            return NULL;
        }
    }
    BlockHeader *h;
    if (pg->free) {
        h = pg->free;
        pg->free = h->link;
    } else {
        h = (BlockHeader *)pg->bump;
        pg->bump += bsize;
    }
    pg->nused++;
    if (!pg->free && (size_t)((char *)pg + PAGE_SIZE - pg->bump) < bsize) {
        LIST_REMOVE(pool->usable[cls], pg);
        pg->listed = false;
    }
    h->cls = cls;
    pool->nblocks++;
    return h + 1;
}

void kr_pool_free(KrPool *pool, void *p) {
    if (!p) {
        return;
    }
    BlockHeader *h = (BlockHeader *)p - 1;
    pool->nblocks--;
    if (h->cls == LARGE) {
        free(h);
        return;
    }
    KrPoolPage *pg = (KrPoolPage *)((uintptr_t)h & ~(uintptr_t)(PAGE_SIZE - 1));
    h->link = pg->free;
    pg->free = h;
    if (--pg->nused == 0) {
        if (pg->listed) {
            LIST_REMOVE(pool->usable[pg->cls], pg);
        }
        release_page(pool, pg);
        return;
    }
    if (!pg->listed) {
        pg->listed = true;
        LIST_PUSH(pool->usable[pg->cls], pg);
    }
}

static void free_arenas(KrArena *a) {
    while (a) {
        KrArena *next = a->next;
        free(a->base);
        free(a);
        a = next;
    }
}

void kr_pool_destroy(KrPool *pool) {
    free_arenas(pool->arenas);
    free_arenas(pool->full_arenas);
    if (pool->spare) {
        free(pool->spare->base);
        free(pool->spare);
    }
    *pool = (KrPool){0};
}
