// SPDX-License-Identifier: MIT
// The AST arena: bump allocation in chunks, plus the constants it owns.
#include "ast.h"

#include <string.h>

#include "../vm/vm.h"

#define CHUNK_SIZE (32 * 1024)

typedef struct Chunk {
    struct Chunk *prev;
    size_t size, used;
    // Payload follows, aligned for any node.
    _Alignas(16) unsigned char data[];
} Chunk;

struct KrArena {
    Chunk *chunk;
    KrObject **objs; // constants owned by the arena, released with it
    size_t nobjs, capobjs;
};

KrArena *kr_arena_new(KrThread *ts) {
    KrArena *a = kr_mem_alloc(ts, sizeof(KrArena));
    if (a) {
        memset(a, 0, sizeof *a);
    }
    return a;
}

void kr_arena_free(KrThread *ts, KrArena *arena) {
    if (!arena) {
        return;
    }
    for (size_t i = 0; i < arena->nobjs; i++) {
        KR_DECREF(ts, arena->objs[i]);
    }
    kr_mem_free(ts, arena->objs);
    Chunk *c = arena->chunk;
    while (c) {
        Chunk *prev = c->prev;
        kr_mem_free(ts, c);
        c = prev;
    }
    kr_mem_free(ts, arena);
}

void *kr_arena_alloc(KrThread *ts, KrArena *arena, size_t size) {
    size = (size + 15) & ~(size_t)15;
    Chunk *c = arena->chunk;
    if (!c || c->size - c->used < size) {
        size_t csize = size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE;
        Chunk *n = kr_mem_alloc(ts, sizeof(Chunk) + csize);
        if (!n) {
            return NULL;
        }
        n->size = csize;
        n->used = 0;
        if (c && size > CHUNK_SIZE / 4) {
            // A big block gets its own chunk behind the current one, so the
            // free space of the current chunk is not wasted.
            n->prev = c->prev;
            c->prev = n;
            n->used = size;
            memset(n->data, 0, size);
            return n->data;
        }
        n->prev = c;
        arena->chunk = n;
        c = n;
    }
    void *p = c->data + c->used;
    c->used += size;
    memset(p, 0, size);
    return p;
}

char *kr_arena_strdup(KrThread *ts, KrArena *arena, const char *s, size_t len) {
    char *p = kr_arena_alloc(ts, arena, len + 1);
    if (p) {
        memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

int kr_arena_own(KrThread *ts, KrArena *arena, KrObject *o) {
    if (arena->nobjs == arena->capobjs) {
        size_t ncap = arena->capobjs ? arena->capobjs * 2 : 64;
        KrObject **objs = kr_mem_realloc(ts, arena->objs, ncap * sizeof(KrObject *));
        if (!objs) {
            KR_DECREF(ts, o);
            return -1;
        }
        arena->objs = objs;
        arena->capobjs = ncap;
    }
    arena->objs[arena->nobjs++] = o;
    return 0;
}
