// SPDX-License-Identifier: MIT
// A small-block allocator: size-class pools inside large arenas, as CPython's
// obmalloc. Memory goes back to the system when an arena empties.
#ifndef KR_POOL_H
#define KR_POOL_H

#include <stddef.h>
#include <stdint.h>

// Blocks are multiples of KR_POOL_GRAIN bytes up to KR_POOL_MAX_BLOCK; bigger
// requests go straight to malloc. Each block starts with a header that records
// its class, so freeing needs no size.
#define KR_POOL_GRAIN 8
#define KR_POOL_MAX_BLOCK 512
#define KR_POOL_CLASSES (KR_POOL_MAX_BLOCK / KR_POOL_GRAIN)

typedef struct KrPoolPage KrPoolPage;
typedef struct KrArena KrArena;

// One pool per interpreter (it lives in KrVM); it is not thread-safe, as the
// interpreter that owns it is not.
//
// An arena (256 KiB) is cut into pages (16 KiB, aligned, so a block finds its
// page by masking its address); a page serves one size class. Each class keeps
// the pages that have room in a list; a page that empties goes back to its
// arena, and an arena whose pages are all free goes back to the system (one
// spare is kept so that a loop allocating and freeing does not thrash).
typedef struct KrPool {
    KrPoolPage *usable[KR_POOL_CLASSES]; // per class: pages with a free block
    KrArena *arenas;                     // arenas with at least one free page
    KrArena *full_arenas;                // arenas whose pages are all in use
    KrArena *spare;                      // one empty arena kept for reuse
    intptr_t narenas;                    // arenas held (spare included)
    intptr_t nblocks;                    // blocks allocated and not freed (large too)
} KrPool;

// Returns `size` bytes aligned to 8 (not zeroed), or NULL when out of memory.
void *kr_pool_alloc(KrPool *pool, size_t size);
// Frees memory returned by kr_pool_alloc (NULL is ignored).
void kr_pool_free(KrPool *pool, void *p);
// Releases every arena. Blocks still allocated become invalid.
void kr_pool_destroy(KrPool *pool);

#endif
