// SPDX-License-Identifier: MIT
// The _collections module: deque and its iterators (collections_deque.c),
// OrderedDict (collections_odict.c), defaultdict, _tuplegetter and
// _count_elements (collections.c).
#ifndef KR_COLLECTIONS_H
#define KR_COLLECTIONS_H

#include "../object/object.h"

extern KrType kr_collections_deque_type, kr_collections_dequeiter_type, kr_collections_dequereviter_type;
extern KrType kr_collections_defaultdict_type, kr_collections_tuplegetter_type;
extern KrType kr_collections_odict_type, kr_collections_odict_iter_type;
extern KrType kr_collections_odict_keys_type, kr_collections_odict_values_type, kr_collections_odict_items_type;

// Items live in a doubly linked list of fixed-size blocks, so both ends grow
// and shrink in O(1) without moving items. An empty deque keeps one block
// with the indices crossed at its centre (leftindex == rightindex + 1).
#define KR_DEQUE_BLOCK 64
#define KR_DEQUE_CENTER ((KR_DEQUE_BLOCK - 1) / 2)

typedef struct KrDequeBlock {
    struct KrDequeBlock *left, *right;
    KrObject *items[KR_DEQUE_BLOCK];
} KrDequeBlock;

typedef struct KrDeque {
    KrObject base;
    KrDequeBlock *leftblock, *rightblock;
    intptr_t leftindex;   // the first item's slot in leftblock
    intptr_t rightindex;  // the last item's slot in rightblock
    intptr_t len;
    intptr_t maxlen;      // -1: unbounded
    uint64_t state;       // bumped by every structural change (iterators check it)
} KrDeque;

#endif
