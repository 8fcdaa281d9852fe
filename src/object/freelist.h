// SPDX-License-Identifier: MIT
// Per-interpreter free lists for the objects numeric code makes and drops
// once per operation (exact ints and floats): a freed object keeps its pool
// block, so the next one of its kind skips the allocator.
#ifndef KR_FREELIST_H
#define KR_FREELIST_H

#include "../vm/vm.h"

#define KR_FREE_LIST_MAX 256

// Takes o (refcount 0, a non-GC object of a static type) off the object
// list; false when the list is full and o must be freed as usual.
static inline bool kr_free_list_push(KrThread *ts, KrFreeList *fl, KrObject *o) {
    if (fl->count >= KR_FREE_LIST_MAX) {
        return false;
    }
    KrLink *link = (KrLink *)o - 1;
    link->prev->next = link->next;
    link->next->prev = link->prev;
    ts->vm->object_count--;
    link->next = fl->head;
    fl->head = link;
    fl->count++;
    return true;
}

// An object of `type` from the list (refcount 1, payload as it was left),
// linked back into the object list; NULL when the list is empty.
static inline KrObject *kr_free_list_pop(KrThread *ts, KrFreeList *fl, KrType *type) {
    KrLink *link = fl->head;
    if (!link) {
        return NULL;
    }
    fl->head = link->next;
    fl->count--;
    KrVM *vm = ts->vm;
    link->next = &vm->objects;
    link->prev = vm->objects.prev;
    vm->objects.prev->next = link;
    vm->objects.prev = link;
    vm->object_count++;
    KrObject *o = (KrObject *)(link + 1);
    o->refcnt = 1;
    o->type = type;
    return o;
}

#endif
