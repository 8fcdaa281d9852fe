// SPDX-License-Identifier: MIT
// The trashcan: bounded C recursion when deallocating deeply nested containers.
#ifndef KR_TRASHCAN_H
#define KR_TRASHCAN_H

#include "object.h"

// Freeing a container drops its items, which may free nested containers in
// turn, recursing in C once per level: a list nested 100,000 deep would
// overflow the C stack (wasm's first). kr_object_dealloc therefore wraps the
// dealloc slot of every GC type (dealloc slots themselves never call these):
//
//     if (!kr_trashcan_begin(ts, o)) {
//         return;
//     }
//     type->dealloc(ts, o);
//     kr_trashcan_end(ts);
//
// Past a
// fixed nesting depth, begin parks the dead object on a per-thread list and
// returns false; the outermost end frees the parked objects one at a time, so
// the stack stays shallow whatever the nesting (CPython's Py_TRASHCAN_BEGIN).
bool kr_trashcan_begin(KrThread *ts, KrObject *o);
void kr_trashcan_end(KrThread *ts);

#endif
