// SPDX-License-Identifier: MIT
// The bodies of the eval loop's larger opcodes, kept out of the loop itself.
#ifndef KR_OPS_H
#define KR_OPS_H

#include "../object/int.h"
#include "frame.h"

// The value of an exact int of at most two 30-bit digits (every int below
// 2**60), read inline; false for bigger ones, which take kr_int_as_i64.
static inline bool kr_ops_word_value(KrObject *o, int64_t *v) {
    const KrInt *i = (const KrInt *)o;
    switch (i->size) {
    case 0:
        *v = 0;
        return true;
    case 1:
        *v = i->digits[0];
        return true;
    case -1:
        *v = -(int64_t)i->digits[0];
        return true;
    case 2:
        *v = (int64_t)i->digits[0] | ((int64_t)i->digits[1] << KR_INT_SHIFT);
        return true;
    case -2:
        *v = -((int64_t)i->digits[0] | ((int64_t)i->digits[1] << KR_INT_SHIFT));
        return true;
    default:
        return false;
    }
}

// LOAD_ATTR, STORE_ATTR (v NULL: delete) and LOAD_METHOD of name co->names[i]
// on obj, through the code object's attribute caches.
KrObject *kr_ops_load_attr(KrThread *ts, KrCode *co, int i, KrObject *obj);
int kr_ops_store_attr(KrThread *ts, KrCode *co, int i, KrObject *obj, KrObject *v);
// 1: *meth is an unbound method to call with obj first; 0: *meth is the
// attribute value itself; -1: error.
int kr_ops_load_method(KrThread *ts, KrCode *co, int i, KrObject *obj, KrObject **meth);
KrObject *kr_ops_binary(KrThread *ts, KrObject *a, KrObject *b, int op);
KrObject *kr_ops_compare(KrThread *ts, KrObject *a, KrObject *b, int op);
int kr_ops_dict_update(KrThread *ts, KrObject *dict, KrObject *mapping);
// f(*x) with x not a tuple: tuple(x), with CPython's error for non-iterables.
KrObject *kr_ops_star_args(KrThread *ts, KrObject *func, KrObject *iterable);
int kr_ops_dict_merge(KrThread *ts, KrObject *dict, KrObject *mapping, KrObject *func);
// Unpacks `seq` into out[] in stack order (the first item last). after < 0:
// exactly `before` items; else before + a list of the rest + after.
int kr_ops_unpack(KrThread *ts, KrObject *seq, int before, int after, KrObject **out);
KrObject *kr_ops_format_value(KrThread *ts, KrObject *v, int conversion, KrObject *spec);
KrObject *kr_ops_annotations_dict(KrThread *ts, KrObject *annotations);
void kr_ops_do_raise(KrThread *ts, KrObject *exc, KrObject *cause); // steals both
int kr_ops_exc_match(KrThread *ts, KrObject *exc, KrObject *type);
// CHECK_EG_MATCH: validates `type` (stolen), splits stack[-1] (`*top`, replaced
// by the rest when something matches) and gives the match or None in *match.
int kr_ops_check_eg_match(KrThread *ts, KrObject **top, KrObject *type, KrObject **match);
KrObject *kr_ops_before_with(KrThread *ts, KrObject *mgr, KrObject **exit);
int kr_ops_print_expr(KrThread *ts, KrObject *v);
KrObject *kr_ops_import_name(KrThread *ts, KrFrame *f, KrObject *name, KrObject *fromlist, KrObject *level);
KrObject *kr_ops_import_from(KrThread *ts, KrObject *module, KrObject *name);
int kr_ops_import_star(KrThread *ts, KrObject *ns, KrObject *module);
// After an iterator ended: the StopIteration's value (None if none was
// raised), or NULL if another exception is pending.
KrObject *kr_ops_stop_iteration_value(KrThread *ts);

// Helpers of the eval loop: NameError (with .name), UnboundLocalError, the
// unbound cell/free variable error, a cell's name, and the exception-table
// entry covering `lasti` (1 if found).
void kr_ops_name_error(KrThread *ts, KrObject *name);
void kr_ops_unbound_local(KrThread *ts, KrObject *name);
void kr_ops_unbound_deref(KrThread *ts, KrCode *co, int i);
KrObject *kr_ops_deref_name(KrCode *co, int i);
int kr_ops_find_handler(KrCode *co, int32_t lasti, const KrExcEntry **out);

// Looks a name up in a namespace that may be any mapping (class bodies with
// __prepare__). Returns a new reference, NULL without exception if missing.
static inline KrObject *kr_ops_mapping_lookup(KrThread *ts, KrObject *ns, KrObject *name) {
    if (kr_dict_check(ns) && KR_TYPE(ns) == &kr_dict_type) {
        KrObject *v = kr_dict_get_item(ts, ns, name);
        return v ? KR_INCREF(v) : NULL;
    }
    KrObject *v = kr_getitem(ts, ns, name);
    if (!v && kr_err_matches(ts, &kr_exc_KeyError)) {
        kr_err_clear(ts);
    }
    return v;
}

#endif
