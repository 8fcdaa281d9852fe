// SPDX-License-Identifier: MIT
// Struct sequences: named-field tuple subclasses shared by several modules.
#include "structseq.h"

#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// The static struct sequence type at or above t (a class statement may
// subclass one), and its descriptor.
static KrType *static_base(KrType *t) {
    while (t && !t->type_data) {
        t = t->base_type;
    }
    return t;
}

static const KrStructSeqDesc *desc_of(KrObject *o) {
    KrType *t = static_base(KR_TYPE(o));
    return t ? t->type_data : NULL;
}

KrObject *kr_structseq_new(KrThread *ts, KrType *type) {
    const KrStructSeqDesc *d = static_base(type)->type_data;
    size_t size = type->flags & KR_TYPE_HEAP ? kr_object_var_size(type, d->n_fields)
                                             : offsetof(KrTuple, items) + (size_t)d->n_fields * sizeof(KrObject *);
    KrObject *o = kr_object_alloc(ts, type, size);
    if (o) {
        ((KrTuple *)o)->size = d->n_in_sequence;
    }
    return o;
}

void kr_structseq_set(KrObject *seq, int i, KrObject *v) {
    ((KrTuple *)seq)->items[i] = v;
}

KrObject *kr_structseq_pack(KrThread *ts, KrType *type, KrObject **v) {
    const KrStructSeqDesc *d = static_base(type)->type_data;
    bool ok = true;
    for (int i = 0; i < d->n_fields; i++) {
        ok &= v[i] != NULL;
    }
    KrObject *o = ok ? kr_structseq_new(ts, type) : NULL;
    for (int i = 0; i < d->n_fields; i++) {
        if (o) {
            kr_structseq_set(o, i, v[i]);
        } else {
            KR_XDECREF(ts, v[i]);
        }
    }
    return o;
}

void kr_structseq_dealloc(KrThread *ts, KrObject *self) {
    const KrStructSeqDesc *d = desc_of(self);
    for (int i = 0; i < d->n_fields; i++) {
        KR_XDECREF(ts, KR_TUPLE_GET(self, i));
    }
    kr_object_free(ts, self);
}

#define X(i)                                                         \
    KrObject *kr_structseq_get_##i(KrThread *ts, KrObject *self) {   \
        (void)ts;                                                    \
        KrObject *v = KR_TUPLE_GET(self, i);                         \
        return KR_INCREF(v ? v : KR_NONE);                           \
    }
KR_STRUCTSEQ_INDEXES(X)
#undef X

int kr_structseq_readonly(KrThread *ts, KrObject *self, KrObject *value) {
    (void)self;
    (void)value;
    kr_err_set_str(ts, &kr_exc_AttributeError, "readonly attribute");
    return -1;
}

// "module.name(field=value, ...)" over the visible fields.
KrObject *kr_structseq_repr(KrThread *ts, KrObject *self) {
    KrType *t = static_base(KR_TYPE(self));
    const KrStructSeqDesc *d = t->type_data;
    KrObject *parts = kr_list_new(ts, 0);
    if (!parts) {
        return NULL;
    }
    KrObject *result = NULL;
    for (int i = 0; i < d->n_in_sequence; i++) {
        KrObject *s = kr_str_from_format(ts, "%s=%R", t->getsets[i].name, KR_TUPLE_GET(self, i));
        if (!s || kr_list_append(ts, parts, s) < 0) {
            KR_XDECREF(ts, s);
            goto done;
        }
        KR_DECREF(ts, s);
    }
    KrObject *sep = kr_str_from_cstr(ts, ", ");
    KrObject *body = sep ? kr_str_join(ts, sep, KR_LIST_ITEMS(parts), (size_t)KR_LIST_SIZE(parts)) : NULL;
    KR_XDECREF(ts, sep);
    if (body) {
        result = kr_str_from_format(ts, "%s(%U)", KR_TYPE(self)->flags & KR_TYPE_HEAP ? kr_type_name_cstr(KR_TYPE(self)) : t->name, body);
        KR_DECREF(ts, body);
    }
done:
    KR_DECREF(ts, parts);
    return result;
}

KrObject *kr_structseq_new_slot(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"sequence", "dict", NULL};
    KrObject *o[2] = {NULL, NULL};
    const char *tname = static_base(type)->name;
    if (kr_parse_args(ts, "structseq", args, nargs, kwnames, names, 1, 0, 2, o) < 0) {
        return NULL;
    }
    const KrStructSeqDesc *d = static_base(type)->type_data;
    KrObject *seq = kr_tuple_from_iterable(ts, o[0]);
    if (!seq) {
        if (kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_TypeError, "constructor requires a sequence");
        }
        return NULL;
    }
    if (o[1] && !kr_dict_check(o[1])) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes a dict as second arg, if any", tname);
        KR_DECREF(ts, seq);
        return NULL;
    }
    intptr_t n = KR_TUPLE_SIZE(seq);
    if (n < d->n_in_sequence || n > d->n_fields) {
        bool few = n < d->n_in_sequence;
        if (d->n_in_sequence == d->n_fields) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() takes a %d-sequence (%zd-sequence given)", tname,
                          d->n_fields, n);
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "%s() takes an at %s %d-sequence (%zd-sequence given)", tname,
                          few ? "least" : "most", few ? d->n_in_sequence : d->n_fields, n);
        }
        KR_DECREF(ts, seq);
        return NULL;
    }
    KrObject *r = kr_structseq_new(ts, type);
    if (!r) {
        KR_DECREF(ts, seq);
        return NULL;
    }
    KrType *st = static_base(type);
    for (int i = 0; i < d->n_fields; i++) {
        KrObject *v = NULL;
        if (i < n) {
            v = KR_INCREF(KR_TUPLE_GET(seq, i));
        } else if (o[1]) {
            // kr_dict_get_item_str returns a borrowed value.
            v = kr_dict_get_item_str(ts, o[1], st->getsets[i].name);
            if (!v && kr_err_occurred(ts)) {
                KR_DECREF(ts, seq);
                KR_DECREF(ts, r);
                return NULL;
            }
            v = v ? KR_INCREF(v) : NULL;
        }
        kr_structseq_set(r, i, v ? v : KR_INCREF(KR_NONE));
    }
    KR_DECREF(ts, seq);
    return r;
}

// __reduce__: (type, (visible items, {hidden name: value}))
static KrObject *structseq_reduce(KrThread *ts, KrObject *self) {
    KrType *t = static_base(KR_TYPE(self));
    const KrStructSeqDesc *d = t->type_data;
    KrObject *items = kr_tuple_from_array(ts, KR_TUPLE_ITEMS(self), d->n_in_sequence);
    KrObject *extra = items ? kr_dict_new(ts) : NULL;
    KrObject *r = NULL;
    if (!extra) {
        goto done;
    }
    for (int i = d->n_in_sequence; i < d->n_fields; i++) {
        KrObject *v = KR_TUPLE_GET(self, i);
        if (kr_dict_set_item_str(ts, extra, t->getsets[i].name, v ? v : KR_NONE) < 0) {
            goto done;
        }
    }
    KrObject *args = kr_tuple_pack(ts, 2, items, extra);
    if (args) {
        r = kr_tuple_pack(ts, 2, (KrObject *)KR_TYPE(self), args);
        KR_DECREF(ts, args);
    }
done:
    KR_XDECREF(ts, items);
    KR_XDECREF(ts, extra);
    return r;
}

const KrMethodDef kr_structseq_methods[] = {
    {"__reduce__", structseq_reduce, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

int kr_structseq_init_type(KrThread *ts, KrType *type) {
    const KrStructSeqDesc *d = type->type_data;
    KrObject *dict = kr_type_dict(ts, type);
    if (!dict) {
        return -1;
    }
    const char *names[] = {"n_fields", "n_sequence_fields", "n_unnamed_fields"};
    int values[] = {d->n_fields, d->n_in_sequence, 0};
    for (int i = 0; i < 3; i++) {
        KrObject *v = kr_int_from_i64(ts, values[i]);
        if (!v || kr_dict_set_item_str(ts, dict, names[i], v) < 0) {
            KR_XDECREF(ts, v);
            return -1;
        }
        KR_DECREF(ts, v);
    }
    return 0;
}
