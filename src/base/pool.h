// SPDX-License-Identifier: MIT
// A small-block allocator: per-size-class free lists carved from big chunks.
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

typedef struct KrPoolChunk KrPoolChunk;

// One pool per interpreter (it lives in KrVM); it is not thread-safe, as the
// interpreter that owns it is not. Memory goes back to the system only when the
// pool is destroyed: freed blocks are recycled for the same size class.
typedef struct KrPool {
    void *free_lists[KR_POOL_CLASSES]; // freed blocks, chained through their first word
    char *bump;                        // the unused tail of the newest chunk
    char *bump_end;
    KrPoolChunk *chunks;               // every chunk, for kr_pool_destroy
} KrPool;

// Returns `size` bytes aligned to 8 (not zeroed), or NULL when out of memory.
void *kr_pool_alloc(KrPool *pool, size_t size);
// Frees memory returned by kr_pool_alloc (NULL is ignored).
void kr_pool_free(KrPool *pool, void *p);
// Releases every chunk. Blocks still allocated become invalid.
void kr_pool_destroy(KrPool *pool);

#endif
