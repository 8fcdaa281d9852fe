// SPDX-License-Identifier: MIT
// __slots__: reading a class body's __slots__, and the member descriptors
// that give each slot of an instance its attribute.
//
// A class's slots are object pointers laid out after its base's fields (and
// after any slots of heap bases); the class's own __dict__ pointer, if it
// adds one, follows them. So every word of a heap instance between its
// builtin base's basicsize and its type's basicsize is an object pointer:
// type.c deallocates, traverses and clears them as one range.
#include <string.h>

#include "containers.h"
#include "exc.h"
#include "func.h"
#include "member.h"
#include "str.h"
#include "str_impl.h"
#include "singletons.h"
#include "../vm/vm.h"

typedef struct KrMemberDescr {
    KrObject base;
    KrType *owner;   // strong: the class's dict holds us, a cycle the GC breaks
    KrObject *name;  // the (mangled) slot name
    intptr_t offset; // byte offset of the slot in an instance
} KrMemberDescr;

KrObject *kr_member_new(KrThread *ts, KrType *owner, KrObject *name, intptr_t offset) {
    KrMemberDescr *d = (KrMemberDescr *)kr_object_alloc(ts, &kr_member_descr_type, sizeof(KrMemberDescr));
    if (!d) {
        return NULL;
    }
    d->owner = (KrType *)KR_INCREF(owner);
    d->name = KR_INCREF(name);
    d->offset = offset;
    return (KrObject *)d;
}

// The private-name mangling of the compiler, for a slot name in class `cls`:
// "__x" becomes "_C__x" unless it ends with "__" or the class name is all
// underscores.
static KrObject *mangle(KrThread *ts, KrObject *cls, KrObject *name) {
    size_t nlen, clen;
    const char *n = kr_str_utf8(ts, name, &nlen);
    const char *c = n ? kr_str_utf8(ts, cls, &clen) : NULL;
    if (!c) {
        return NULL;
    }
    if (nlen < 3 || n[0] != '_' || n[1] != '_' || (n[nlen - 1] == '_' && n[nlen - 2] == '_') ||
        memchr(n, '.', nlen)) {
        return KR_INCREF(name);
    }
    while (clen && *c == '_') {
        c++;
        clen--;
    }
    if (!clen) {
        return KR_INCREF(name);
    }
    return kr_str_from_format(ts, "_%s%s", c, n);
}

static bool is_name(KrObject *s, const char *cstr) {
    size_t len = strlen(cstr);
    return (size_t)KR_STR_LEN(s) == len && kr_str_equal_cstr(s, cstr);
}

KrObject *kr_member_parse_slots(KrThread *ts, KrType *type, KrObject *slots, KrObject *ns, KrMemberFlags *flags) {
    KrObject *items = kr_str_check(slots) ? kr_tuple_pack(ts, 1, slots) : kr_list_from_iterable(ts, slots);
    KrObject *names = items ? kr_list_new(ts, 0) : NULL;
    if (!names) {
        goto error;
    }
    KrObject *seq = kr_str_check(slots) ? items : NULL;
    intptr_t n = seq ? 1 : KR_LIST_SIZE(items);
    if (n > 0 && flags->var_sized) {
        kr_err_format(ts, &kr_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                      kr_type_name_cstr(type->base_type));
        goto error;
    }
    for (intptr_t i = 0; i < n; i++) {
        KrObject *s = seq ? KR_TUPLE_GET(seq, 0) : KR_LIST_ITEMS(items)[i];
        if (!kr_str_check(s)) {
            kr_err_format(ts, &kr_exc_TypeError, "__slots__ items must be strings, not '%s'",
                          kr_type_name_cstr(KR_TYPE(s)));
            goto error;
        }
        KrObject *ok = kr_str_case_isidentifier(ts, s);
        if (!ok) {
            goto error;
        }
        KR_DECREF(ts, ok);
        if (ok != KR_TRUE) {
            kr_err_set_str(ts, &kr_exc_TypeError, "__slots__ must be identifiers");
            goto error;
        }
        if (is_name(s, "__dict__")) {
            if (!flags->may_add_dict || flags->add_dict) {
                kr_err_set_str(ts, &kr_exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto error;
            }
            flags->add_dict = true;
            continue;
        }
        if (is_name(s, "__weakref__")) {
            if (!flags->may_add_weak || flags->add_weak) {
                kr_err_set_str(ts, &kr_exc_TypeError,
                               "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                goto error;
            }
            flags->add_weak = true;
            continue;
        }
        KrObject *m = mangle(ts, type->heap_name, s);
        if (!m) {
            goto error;
        }
        if (kr_dict_get_item(ts, ns, m)) {
            kr_err_format(ts, &kr_exc_ValueError, "%R in __slots__ conflicts with class variable", m);
            KR_DECREF(ts, m);
            goto error;
        }
        int r = kr_err_occurred(ts) ? -1 : kr_list_append(ts, names, m);
        KR_DECREF(ts, m);
        if (r < 0) {
            goto error;
        }
    }
    // CPython lays the slots out in sorted order.
    if (kr_list_sort(ts, names, NULL, false) < 0) {
        goto error;
    }
    KR_DECREF(ts, items);
    return names;
error:
    KR_XDECREF(ts, items);
    KR_XDECREF(ts, names);
    return NULL;
}

// The number of slots `t` itself adds whose descriptor is also in `other`'s
// dict, owned by other at the same offset (-1 when a slot of t has no twin).
static intptr_t twin_slots(KrThread *ts, KrType *t, KrType *other) {
    intptr_t pos = 0, n = 0;
    KrObject *k, *v;
    while (kr_dict_next(t->dict, &pos, &k, &v)) {
        if (KR_TYPE(v) != &kr_member_descr_type || ((KrMemberDescr *)v)->owner != t) {
            continue;
        }
        KrObject *w = kr_dict_get_item(ts, other->dict, k);
        if (!w || KR_TYPE(w) != &kr_member_descr_type || ((KrMemberDescr *)w)->owner != other ||
            ((KrMemberDescr *)w)->offset != ((KrMemberDescr *)v)->offset) {
            kr_err_clear(ts);
            return -1;
        }
        n++;
    }
    return n;
}

bool kr_member_same_slots(KrThread *ts, KrType *a, KrType *b) {
    if (!a->dict || !b->dict) {
        return false;
    }
    intptr_t na = twin_slots(ts, a, b), nb = twin_slots(ts, b, a);
    return na >= 0 && na == nb;
}

// ---- the member descriptor type -------------------------------------------------

static void member_dealloc(KrThread *ts, KrObject *o) {
    KrMemberDescr *d = (KrMemberDescr *)o;
    KR_CLEAR(ts, d->owner);
    KR_CLEAR(ts, d->name);
    kr_object_free(ts, o);
}

static void member_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    KrMemberDescr *d = (KrMemberDescr *)o;
    if (d->owner) {
        visit(ts, (KrObject *)d->owner, arg);
    }
}

static int member_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, ((KrMemberDescr *)o)->owner);
    return 0;
}

static KrObject *member_repr(KrThread *ts, KrObject *o) {
    KrMemberDescr *d = (KrMemberDescr *)o;
    return kr_str_from_format(ts, "<member %R of '%s' objects>", d->name,
                              d->owner ? kr_type_name_cstr(d->owner) : "?");
}

// The slot of `obj`, or NULL with TypeError when obj is not an instance of the owner.
static KrObject **member_slot(KrThread *ts, KrMemberDescr *d, KrObject *obj) {
    if (!d->owner || !kr_isinstance_type(obj, d->owner)) {
        kr_err_format(ts, &kr_exc_TypeError, "descriptor %R for '%s' objects doesn't apply to a '%s' object", d->name,
                      d->owner ? kr_type_name_cstr(d->owner) : "?", kr_type_name_cstr(KR_TYPE(obj)));
        return NULL;
    }
    return (KrObject **)((char *)obj + d->offset);
}

static KrObject *member_get(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type) {
    (void)type;
    if (!obj) {
        return KR_INCREF(descr);
    }
    KrMemberDescr *d = (KrMemberDescr *)descr;
    KrObject **slot = member_slot(ts, d, obj);
    if (!slot) {
        return NULL;
    }
    if (!*slot) {
        kr_err_attribute(ts, obj, d->name);
        return NULL;
    }
    return KR_INCREF(*slot);
}

static int member_set(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value) {
    KrMemberDescr *d = (KrMemberDescr *)descr;
    KrObject **slot = member_slot(ts, d, obj);
    if (!slot) {
        return -1;
    }
    if (!value && !*slot) {
        // CPython's message for deleting an unset slot is the bare name.
        kr_err_format(ts, &kr_exc_AttributeError, "%U", d->name);
        return -1;
    }
    KR_XINCREF(value);
    KR_SETREF(ts, *slot, value);
    return 0;
}

static KrObject *member_get_name(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrMemberDescr *)self)->name);
}

static KrObject *member_get_qualname(KrThread *ts, KrObject *self) {
    KrMemberDescr *d = (KrMemberDescr *)self;
    KrObject *q = d->owner ? kr_getattr(ts, (KrObject *)d->owner, KR_ID(ts, __qualname__)) : NULL;
    if (!q) {
        return NULL;
    }
    KrObject *r = kr_str_from_format(ts, "%U.%U", q, d->name);
    KR_DECREF(ts, q);
    return r;
}

static KrObject *member_get_objclass(KrThread *ts, KrObject *self) {
    (void)ts;
    KrMemberDescr *d = (KrMemberDescr *)self;
    return d->owner ? KR_INCREF(d->owner) : KR_INCREF(KR_NONE);
}

static KrObject *member_get_doc(KrThread *ts, KrObject *self) {
    (void)ts;
    (void)self;
    return KR_INCREF(KR_NONE);
}

static const KrGetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL, NULL},
    {"__qualname__", member_get_qualname, NULL, NULL},
    {"__objclass__", member_get_objclass, NULL, NULL},
    {"__doc__", member_get_doc, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_member_descr_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "member_descriptor",
    .basicsize = sizeof(KrMemberDescr),
    .flags = KR_TYPE_GC,
    .dealloc = member_dealloc,
    .traverse = member_traverse,
    .clear = member_clear,
    .repr = member_repr,
    .descr_get = member_get,
    .descr_set = member_set,
    .getsets = member_getsets,
};
