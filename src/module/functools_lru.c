// SPDX-License-Identifier: MIT
// _functools._lru_cache_wrapper: the C core of functools.lru_cache (functools.py
// builds the CacheInfo named tuple and passes it in; cache_parameters stays in Python).
#include <stddef.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "functools.h"
#include "modsupport.h"

// The bounded cache keeps its entries on a circular doubly linked list,
// oldest first, so a hit moves an entry to the end and a miss on a full
// cache evicts the first, both in O(1). The dict maps keys to the links.
typedef struct KrLruNode {
    struct KrLruNode *prev, *next;
} KrLruNode;

// A list entry. Links are plain (non-GC) objects owned by the cache dict;
// the wrapper's traverse visits their keys and results.
typedef struct KrLruLink {
    KrObject base;
    KrLruNode node;
    KrObject *key;
    KrObject *result;
} KrLruLink;

typedef struct KrLru {
    KrObject base;
    KrObject *func;
    KrObject *cache;          // dict: key -> result (unbounded) or key -> link (bounded)
    KrObject *cache_info_type;
    KrObject *dict;           // __dict__ (update_wrapper fills it)
    KrLruNode root;
    intptr_t maxsize;         // -1: unbounded (None)
    bool typed;
    int64_t hits, misses;
} KrLru;

#define KR_LRU_LINK(n) ((KrLruLink *)((char *)(n) - offsetof(KrLruLink, node)))

static void link_dealloc(KrThread *ts, KrObject *self) {
    KrLruLink *l = (KrLruLink *)self;
    KR_XDECREF(ts, l->key);
    KR_XDECREF(ts, l->result);
    kr_object_free(ts, self);
}

// Not exposed: only the bounded cache's dict holds these.
static KrType lru_link_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "functools._lru_list_elem",
    .basicsize = sizeof(KrLruLink),
    .dealloc = link_dealloc,
};

static void node_unlink(KrLruNode *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void node_append(KrLruNode *root, KrLruNode *n) {
    n->prev = root->prev;
    n->next = root;
    root->prev->next = n;
    root->prev = n;
}

// ---- keys -------------------------------------------------------------------------

// The key of a call: the sole argument when it is an exact int or str (and
// the call is untyped, without keywords), else a tuple of the arguments, a
// marker and the keyword pairs, then the types when typed.
static KrObject *make_key(KrThread *ts, KrLru *w, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    size_t nkw = kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
    if (!w->typed && nkw == 0 && nargs == 1 && (kr_int_check_exact(args[0]) || kr_str_check_exact(args[0]))) {
        return KR_INCREF(args[0]);
    }
    size_t n = nargs + (nkw ? 1 + 2 * nkw : 0) + (w->typed ? nargs + nkw : 0);
    KrObject *key = kr_tuple_new(ts, (intptr_t)n);
    if (!key) {
        return NULL;
    }
    size_t j = 0;
    for (size_t i = 0; i < nargs; i++) {
        KR_TUPLE_SET(key, j++, KR_INCREF(args[i]));
    }
    if (nkw) {
        // The marker: the type object itself, which no argument list can contain by accident at this position.
        KR_TUPLE_SET(key, j++, KR_INCREF(&lru_link_type));
        for (size_t k = 0; k < nkw; k++) {
            KR_TUPLE_SET(key, j++, KR_INCREF(KR_TUPLE_GET(kwnames, k)));
            KR_TUPLE_SET(key, j++, KR_INCREF(args[nargs + k]));
        }
    }
    if (w->typed) {
        for (size_t i = 0; i < nargs + nkw; i++) {
            KR_TUPLE_SET(key, j++, KR_INCREF(KR_TYPE(args[i])));
        }
    }
    return key;
}

// ---- the wrapper --------------------------------------------------------------------

static KrObject *lru_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"user_function", "maxsize", "typed", "cache_info_type", NULL};
    KrObject *argv[4];
    if (kr_parse_args(ts, "lru_cache", args, nargs, kwnames, names, 4, 0, 4, argv) < 0) {
        return NULL;
    }
    if (!kr_callable(argv[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "the first argument must be callable");
        return NULL;
    }
    intptr_t maxsize = -1;
    if (argv[1] != KR_NONE) {
        if (!kr_int_check(argv[1])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "maxsize should be integer or None");
            return NULL;
        }
        maxsize = kr_slice_as_ssize(ts, argv[1], &kr_exc_OverflowError);
        if (maxsize == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
        if (maxsize < 0) {
            maxsize = 0;
        }
    }
    int typed = kr_is_true(ts, argv[2]);
    if (typed < 0) {
        return NULL;
    }
    KrLru *w = (KrLru *)kr_object_alloc(ts, type, type->basicsize);
    if (!w) {
        return NULL;
    }
    w->root.prev = w->root.next = &w->root;
    w->func = KR_INCREF(argv[0]);
    w->cache_info_type = KR_INCREF(argv[3]);
    w->maxsize = maxsize;
    w->typed = typed != 0;
    if (!(w->cache = kr_dict_new(ts))) {
        KR_DECREF(ts, w);
        return NULL;
    }
    return (KrObject *)w;
}

// Stores a result in the bounded cache, evicting the oldest entry when full.
static int bounded_store(KrThread *ts, KrLru *w, KrObject *key, KrObject *result) {
    int present = kr_dict_contains(ts, w->cache, key);
    if (present != 0) {
        // Added meanwhile by a recursive call: keep that entry.
        return present < 0 ? -1 : 0;
    }
    if (kr_dict_size(w->cache) >= w->maxsize && w->root.next != &w->root) {
        KrLruLink *old = KR_LRU_LINK(w->root.next);
        node_unlink(&old->node);
        KR_INCREF(old);
        int r = kr_dict_del_item(ts, w->cache, old->key);
        KR_DECREF(ts, old);
        if (r < 0) {
            return -1;
        }
    }
    KrLruLink *link = (KrLruLink *)kr_object_alloc(ts, &lru_link_type, sizeof(KrLruLink));
    if (!link) {
        return -1;
    }
    link->key = KR_INCREF(key);
    link->result = KR_INCREF(result);
    node_append(&w->root, &link->node);
    int r = kr_dict_set_item(ts, w->cache, key, (KrObject *)link);
    if (r < 0) {
        node_unlink(&link->node);
    }
    KR_DECREF(ts, link);
    return r;
}

static KrObject *lru_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrLru *w = (KrLru *)self;
    if (!w->func || !w->cache) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "_lru_cache_wrapper object was cleared");
        return NULL;
    }
    if (w->maxsize == 0) {
        w->misses++;
        return kr_call(ts, w->func, args, nargs, kwnames);
    }
    KrObject *key = make_key(ts, w, args, nargs, kwnames);
    if (!key) {
        return NULL;
    }
    KrHash h = kr_hash(ts, key);
    KrObject *found = h == -1 ? NULL : kr_dict_get_item_hash(ts, w->cache, key, h);
    if (found) {
        w->hits++;
        KR_DECREF(ts, key);
        if (w->maxsize < 0) {
            return KR_INCREF(found);
        }
        KrLruLink *link = (KrLruLink *)found;
        node_unlink(&link->node);
        node_append(&w->root, &link->node);
        return KR_INCREF(link->result);
    }
    if (kr_err_occurred(ts)) {
        KR_DECREF(ts, key);
        return NULL;
    }
    w->misses++;
    KrObject *result = kr_call(ts, w->func, args, nargs, kwnames);
    int r = 0;
    if (result) {
        r = w->maxsize < 0 ? kr_dict_set_item_hash(ts, w->cache, key, h, result) : bounded_store(ts, w, key, result);
    }
    KR_DECREF(ts, key);
    if (r < 0) {
        KR_CLEAR(ts, result);
    }
    return result;
}

static KrObject *lru_descr_get(KrThread *ts, KrObject *self, KrObject *obj, KrObject *type) {
    (void)type;
    if (!obj || obj == KR_NONE) {
        return KR_INCREF(self);
    }
    return kr_method_new(ts, self, obj);
}

static KrObject *lru_cache_info(KrThread *ts, KrObject *self) {
    KrLru *w = (KrLru *)self;
    KrObject *h = kr_int_from_i64(ts, w->hits), *m = kr_int_from_i64(ts, w->misses);
    KrObject *mx = w->maxsize < 0 ? KR_INCREF(KR_NONE) : kr_int_from_i64(ts, w->maxsize);
    KrObject *n = kr_int_from_i64(ts, w->cache ? kr_dict_size(w->cache) : 0);
    KrObject *r = NULL;
    if (!w->cache_info_type) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "_lru_cache_wrapper object was cleared");
    } else if (h && m && mx && n) {
        KrObject *argv[4] = {h, m, mx, n};
        r = kr_call(ts, w->cache_info_type, argv, 4, NULL);
    }
    KR_XDECREF(ts, h);
    KR_XDECREF(ts, m);
    KR_XDECREF(ts, mx);
    KR_XDECREF(ts, n);
    return r;
}

// Empties the cache. The dict goes last, after the list is reset, since
// freeing results may run arbitrary code.
static void lru_reset(KrThread *ts, KrLru *w) {
    w->root.prev = w->root.next = &w->root;
    KrObject *old = w->cache;
    w->cache = NULL;
    w->cache = kr_dict_new(ts);
    if (!w->cache) {
        kr_err_clear(ts);
    }
    KR_XDECREF(ts, old);
}

static KrObject *lru_cache_clear(KrThread *ts, KrObject *self) {
    KrLru *w = (KrLru *)self;
    w->hits = w->misses = 0;
    lru_reset(ts, w);
    if (!w->cache) {
        return kr_err_no_memory(ts);
    }
    KR_RETURN_NONE;
}

static KrObject *lru_copy(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(self);
}

static KrObject *lru_deepcopy(KrThread *ts, KrObject *self, KrObject *memo) {
    (void)ts;
    (void)memo;
    return KR_INCREF(self);
}

static KrObject *lru_reduce(KrThread *ts, KrObject *self) {
    return kr_getattr(ts, self, KR_ID(ts, __qualname__));
}

static void lru_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    KrLru *w = (KrLru *)self;
    kr_modsupport_visit(ts, w->func, visit, arg);
    kr_modsupport_visit(ts, w->cache, visit, arg);
    kr_modsupport_visit(ts, w->cache_info_type, visit, arg);
    kr_modsupport_visit(ts, w->dict, visit, arg);
    for (KrLruNode *n = w->root.next; w->cache && n != &w->root; n = n->next) {
        kr_modsupport_visit(ts, KR_LRU_LINK(n)->key, visit, arg);
        kr_modsupport_visit(ts, KR_LRU_LINK(n)->result, visit, arg);
    }
}

static int lru_clear(KrThread *ts, KrObject *self) {
    KrLru *w = (KrLru *)self;
    w->root.prev = w->root.next = &w->root;
    KR_CLEAR(ts, w->cache);
    KR_CLEAR(ts, w->func);
    KR_CLEAR(ts, w->cache_info_type);
    KR_CLEAR(ts, w->dict);
    return 0;
}

static void lru_dealloc(KrThread *ts, KrObject *self) {
    lru_clear(ts, self);
    kr_object_free(ts, self);
}

static const KrMethodDef lru_methods[] = {
    {"cache_info", (void *)lru_cache_info, KR_METH_NOARGS, false, false, "Report cache statistics"},
    {"cache_clear", (void *)lru_cache_clear, KR_METH_NOARGS, false, false, "Clear the cache and cache statistics"},
    {"__reduce__", (void *)lru_reduce, KR_METH_NOARGS, false, false, NULL},
    {"__copy__", (void *)lru_copy, KR_METH_NOARGS, false, false, NULL},
    {"__deepcopy__", (void *)lru_deepcopy, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef lru_getsets[] = {
    {"__dict__", kr_functools_get_dict, kr_functools_set_dict, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_functools_lru_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "functools._lru_cache_wrapper",
    .basicsize = sizeof(KrLru),
    .flags = KR_TYPE_GC | KR_TYPE_HAS_DICT,
    .dictoffset = offsetof(KrLru, dict),
    .doc = "Create a cached callable that wraps another function.\n\n"
           "user_function:      the function being cached\n\n"
           "maxsize:  0         for no caching\n"
           "          None      for unlimited cache size\n"
           "          n         for a bounded cache\n\n"
           "typed:    False     cache f(3) and f(3.0) as identical calls\n"
           "          True      cache f(3) and f(3.0) as distinct calls\n\n"
           "cache_info_type:    namedtuple class with the fields:\n"
           "                        hits misses currsize maxsize\n",
    .dealloc = lru_dealloc,
    .traverse = lru_traverse,
    .clear = lru_clear,
    .call = lru_call,
    .descr_get = lru_descr_get,
    .new_ = lru_new,
    .methods = lru_methods,
    .getsets = lru_getsets,
};
