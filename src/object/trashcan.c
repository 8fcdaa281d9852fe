// SPDX-License-Identifier: MIT
// The trashcan: deferred deallocation of deeply nested containers (see trashcan.h).
#include "trashcan.h"

#include "../vm/vm.h"

// How many container deallocs may nest in C before the rest are deferred.
#define TRASH_DEPTH_LIMIT 50

// A parked object's refcount is 0 and nothing may touch it any more, so its
// refcnt field holds the link to the next parked object: parking allocates nothing.
bool kr_trashcan_begin(KrThread *ts, KrObject *o) {
    if (ts->trash_depth >= TRASH_DEPTH_LIMIT) {
        o->refcnt = (intptr_t)ts->trash_later;
        ts->trash_later = o;
        return false;
    }
    ts->trash_depth++;
    return true;
}

void kr_trashcan_end(KrThread *ts) {
    if (--ts->trash_depth > 0) {
        return;
    }
    // Only the outermost dealloc empties the list; the objects freed here may
    // park more, which this same loop picks up.
    while (ts->trash_later) {
        KrObject *o = ts->trash_later;
        ts->trash_later = (KrObject *)o->refcnt;
        o->refcnt = 0;
        ts->trash_depth++;
        KR_TYPE(o)->dealloc(ts, o);
        ts->trash_depth--;
    }
}
