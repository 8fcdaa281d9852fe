// SPDX-License-Identifier: MIT
// The _heapq module: binary min-heaps (and the max-heap helpers heapq.py uses)
// kept in a Python list.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// a < b, or b < a for the max-heap variants; -1 on error.
static int less(KrThread *ts, KrObject *a, KrObject *b, bool max) {
    KR_INCREF(a);
    KR_INCREF(b);
    int r = max ? kr_compare_bool(ts, b, a, KR_LT) : kr_compare_bool(ts, a, b, KR_LT);
    KR_DECREF(ts, a);
    KR_DECREF(ts, b);
    return r;
}

// Comparisons run arbitrary code, which may resize the list under us.
static int check_size(KrThread *ts, KrObject *heap, intptr_t size) {
    if (KR_LIST_SIZE(heap) != size) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "list changed size during iteration");
        return -1;
    }
    return 0;
}

static void swap(KrObject *heap, intptr_t i, intptr_t j) {
    KrObject **items = KR_LIST_ITEMS(heap);
    KrObject *tmp = items[i];
    items[i] = items[j];
    items[j] = tmp;
}

// Moves the item at `pos` up towards `start` while it beats its parent.
static int sift_down(KrThread *ts, KrObject *heap, intptr_t start, intptr_t pos, bool max) {
    intptr_t size = KR_LIST_SIZE(heap);
    while (pos > start) {
        intptr_t parent = (pos - 1) >> 1;
        int lt = less(ts, KR_LIST_ITEMS(heap)[pos], KR_LIST_ITEMS(heap)[parent], max);
        if (lt < 0 || check_size(ts, heap, size) < 0) {
            return -1;
        }
        if (!lt) {
            break;
        }
        swap(heap, pos, parent);
        pos = parent;
    }
    return 0;
}

// Moves the smaller child up until `pos` reaches a leaf, then sifts the
// item that started at `pos` back down into place.
static int sift_up(KrThread *ts, KrObject *heap, intptr_t pos, bool max) {
    intptr_t end = KR_LIST_SIZE(heap), start = pos, limit = end >> 1;
    while (pos < limit) {
        intptr_t child = 2 * pos + 1;
        if (child + 1 < end) {
            int lt = less(ts, KR_LIST_ITEMS(heap)[child], KR_LIST_ITEMS(heap)[child + 1], max);
            if (lt < 0 || check_size(ts, heap, end) < 0) {
                return -1;
            }
            child += !lt;
        }
        swap(heap, pos, child);
        pos = child;
    }
    return sift_down(ts, heap, start, pos, max);
}

static bool list_arg(KrThread *ts, const char *fname, const char *which, KrObject *o) {
    if (kr_list_check(o)) {
        return true;
    }
    kr_err_format(ts, &kr_exc_TypeError, "%s() argument %smust be list, not %T", fname, which, o);
    return false;
}

static KrObject *heapq_heappush(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "_heapq.heappush", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "heappush", nargs, 2, 2) < 0 || !list_arg(ts, "heappush", "1 ", args[0])) {
        return NULL;
    }
    if (kr_list_append(ts, args[0], args[1]) < 0 ||
        sift_down(ts, args[0], 0, KR_LIST_SIZE(args[0]) - 1, false) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *pop_common(KrThread *ts, KrObject *heap, const char *fname, bool max) {
    if (!list_arg(ts, fname, "", heap)) {
        return NULL;
    }
    intptr_t n = KR_LIST_SIZE(heap);
    if (n == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "index out of range");
        return NULL;
    }
    KrObject *last = KR_LIST_ITEMS(heap)[n - 1];
    KR_LIST_SIZE(heap) = n - 1;
    if (n == 1) {
        return last;
    }
    KrObject *top = KR_LIST_ITEMS(heap)[0];
    KR_LIST_ITEMS(heap)[0] = last;
    if (sift_up(ts, heap, 0, max) < 0) {
        KR_DECREF(ts, top);
        return NULL;
    }
    return top;
}

static KrObject *heapq_heappop(KrThread *ts, KrObject *self, KrObject *heap) {
    (void)self;
    return pop_common(ts, heap, "heappop", false);
}

static KrObject *heapq_heappop_max(KrThread *ts, KrObject *self, KrObject *heap) {
    (void)self;
    return pop_common(ts, heap, "_heappop_max", true);
}

static KrObject *replace_common(KrThread *ts, KrObject *const *args, size_t nargs, KrObject *kwnames,
                                const char *fname, const char *qualname, bool max) {
    if (kr_modsupport_no_kwargs(ts, qualname, kwnames) < 0 || kr_modsupport_nargs(ts, fname, nargs, 2, 2) < 0 ||
        !list_arg(ts, fname, "1 ", args[0])) {
        return NULL;
    }
    KrObject *heap = args[0];
    if (KR_LIST_SIZE(heap) == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "index out of range");
        return NULL;
    }
    KrObject *top = KR_LIST_ITEMS(heap)[0];
    KR_LIST_ITEMS(heap)[0] = KR_INCREF(args[1]);
    if (sift_up(ts, heap, 0, max) < 0) {
        KR_DECREF(ts, top);
        return NULL;
    }
    return top;
}

static KrObject *heapq_heapreplace(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    (void)self;
    return replace_common(ts, args, nargs, kwnames, "heapreplace", "_heapq.heapreplace", false);
}

static KrObject *heapq_heapreplace_max(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                       KrObject *kwnames) {
    (void)self;
    return replace_common(ts, args, nargs, kwnames, "_heapreplace_max", "_heapq._heapreplace_max", true);
}

static KrObject *heapq_heappushpop(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "_heapq.heappushpop", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "heappushpop", nargs, 2, 2) < 0 || !list_arg(ts, "heappushpop", "1 ", args[0])) {
        return NULL;
    }
    KrObject *heap = args[0], *item = args[1];
    if (KR_LIST_SIZE(heap) == 0) {
        return KR_INCREF(item);
    }
    int lt = less(ts, KR_LIST_ITEMS(heap)[0], item, false);
    if (lt <= 0) {
        return lt < 0 ? NULL : KR_INCREF(item);
    }
    if (KR_LIST_SIZE(heap) == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "index out of range");
        return NULL;
    }
    KrObject *top = KR_LIST_ITEMS(heap)[0];
    KR_LIST_ITEMS(heap)[0] = KR_INCREF(item);
    if (sift_up(ts, heap, 0, false) < 0) {
        KR_DECREF(ts, top);
        return NULL;
    }
    return top;
}

static KrObject *heapify_common(KrThread *ts, KrObject *heap, const char *fname, bool max) {
    if (!list_arg(ts, fname, "", heap)) {
        return NULL;
    }
    for (intptr_t i = KR_LIST_SIZE(heap) / 2 - 1; i >= 0; i--) {
        if (sift_up(ts, heap, i, max) < 0) {
            return NULL;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *heapq_heapify(KrThread *ts, KrObject *self, KrObject *heap) {
    (void)self;
    return heapify_common(ts, heap, "heapify", false);
}

static KrObject *heapq_heapify_max(KrThread *ts, KrObject *self, KrObject *heap) {
    (void)self;
    return heapify_common(ts, heap, "_heapify_max", true);
}

static const KrMethodDef heapq_functions[] = {
    {"heappush", (void *)heapq_heappush, KR_METH_VARARGS, false, false,
     "Push item onto heap, maintaining the heap invariant."},
    {"heappushpop", (void *)heapq_heappushpop, KR_METH_VARARGS, false, false,
     "Push item on the heap, then pop and return the smallest item from the heap.\n\n"
     "The combined action runs more efficiently than heappush() followed by\n"
     "a separate call to heappop()."},
    {"heappop", (void *)heapq_heappop, KR_METH_O, false, false,
     "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", (void *)heapq_heapreplace, KR_METH_VARARGS, false, false,
     "Pop and return the current smallest value, and add the new item.\n\n"
     "This is more efficient than heappop() followed by heappush(), and can be\n"
     "more appropriate when using a fixed-size heap.  Note that the value\n"
     "returned may be larger than item!  That constrains reasonable uses of\n"
     "this routine unless written as part of a conditional replacement:\n\n"
     "    if item > heap[0]:\n        item = heapreplace(heap, item)"},
    {"heapify", (void *)heapq_heapify, KR_METH_O, false, false,
     "Transform list into a heap, in-place, in O(len(heap)) time."},
    {"_heappop_max", (void *)heapq_heappop_max, KR_METH_O, false, false, "Maxheap variant of heappop."},
    {"_heapreplace_max", (void *)heapq_heapreplace_max, KR_METH_VARARGS, false, false,
     "Maxheap variant of heapreplace."},
    {"_heapify_max", (void *)heapq_heapify_max, KR_METH_O, false, false, "Maxheap variant of heapify."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_heapq_create(KrThread *ts) {
    return kr_modsupport_module(ts, "_heapq",
                                "Heap queue algorithm (a.k.a. priority queue).\n\n"
                                "Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\n"
                                "all k, counting elements from 0.  For the sake of comparison,\n"
                                "non-existing elements are considered to be infinite.  The interesting\n"
                                "property of a heap is that a[0] is always its smallest element.\n",
                                heapq_functions, NULL);
}
