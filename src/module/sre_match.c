// SPDX-License-Identifier: MIT
// re.Match, and the subject helpers the _sre types share (binding, slicing).
#include <stdio.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/genericalias.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/import.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"
#include "sre.h"

// ---- subjects ---------------------------------------------------------------------

// Points st at the code units of `string` (checked against the pattern's kind)
// and clamps *pos / *endpos into it.
int kr_sre_match_bind(KrThread *ts, KrSrePattern *p, KrObject *string, KrSreState *st, intptr_t *pos, intptr_t *endpos) {
    intptr_t len;
    if (kr_str_check(string)) {
        if (p->is_bytes) {
            kr_err_set_str(ts, &kr_exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        st->data = KR_STR_DATA(string);
        st->kind = KR_STR_KIND(string);
        len = KR_STR_LEN(string);
    } else {
        const char *b;
        int r = kr_bytes_buffer(ts, string, &b, &len);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            kr_err_format(ts, &kr_exc_TypeError, "expected string or bytes-like object, got '%T'", string);
            return -1;
        }
        if (!p->is_bytes) {
            kr_err_set_str(ts, &kr_exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        st->data = b;
        st->kind = 1;
    }
    *pos = *pos < 0 ? 0 : *pos > len ? len : *pos;
    *endpos = *endpos < 0 ? 0 : *endpos > len ? len : *endpos;
    st->end = *endpos;
    st->code = p->code;
    st->codelen = p->codelen;
    st->ngroups = p->groups;
    return 0;
}

// string[s:e] as str or bytes; None when s < 0 (an unmatched group).
KrObject *kr_sre_match_slice(KrThread *ts, KrObject *string, intptr_t s, intptr_t e) {
    if (s < 0 || e < 0) {
        KR_RETURN_NONE;
    }
    if (kr_str_check(string)) {
        if (s == 0 && e == KR_STR_LEN(string) && kr_str_check_exact(string)) {
            return KR_INCREF(string);
        }
        return kr_str_substr(ts, string, s, e < s ? s : e);
    }
    const char *b;
    intptr_t len;
    if (kr_bytes_buffer(ts, string, &b, &len) < 0) {
        return NULL;
    }
    if (kr_bytes_check(string) && KR_TYPE(string) == &kr_bytes_type && s == 0 && e == len) {
        return KR_INCREF(string);
    }
    e = e > len ? len : e;
    s = s > e ? e : s;
    return kr_bytes_from(ts, b + s, (size_t)(e - s));
}

// ---- Match ------------------------------------------------------------------------

KrObject *kr_sre_match_new(KrThread *ts, KrSrePattern *p, KrObject *string, KrSreState *st, intptr_t pos,
                           intptr_t endpos) {
    KrSreMatch *m = (KrSreMatch *)kr_object_alloc(ts, &kr_sre_match_type, sizeof(KrSreMatch));
    if (!m) {
        return NULL;
    }
    m->ngroups = p->groups + 1;
    m->marks = kr_mem_alloc(ts, (size_t)(2 * m->ngroups) * sizeof(intptr_t));
    m->pattern = KR_INCREF((KrObject *)p);
    m->string = KR_INCREF(string);
    if (!m->marks) {
        KR_DECREF(ts, (KrObject *)m);
        return NULL;
    }
    m->marks[0] = st->start;
    m->marks[1] = st->pos;
    for (intptr_t i = 0; i < p->groups; i++) {
        intptr_t s = st->marks[2 * i], e = st->marks[2 * i + 1];
        bool ok = s >= 0 && e >= 0;
        m->marks[2 * i + 2] = ok ? s : -1;
        m->marks[2 * i + 3] = ok ? e : -1;
    }
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = st->lastindex;
    return (KrObject *)m;
}

static void match_dealloc(KrThread *ts, KrObject *self) {
    KrSreMatch *m = (KrSreMatch *)self;
    KR_XDECREF(ts, m->pattern);
    KR_XDECREF(ts, m->string);
    kr_mem_free(ts, m->marks);
    kr_object_free(ts, self);
}

// The group number `key` names (an int or a name of groupindex), or -1 with IndexError.
static intptr_t group_index(KrThread *ts, KrSreMatch *m, KrObject *key) {
    intptr_t i = -1;
    if (kr_int_check(key)) {
        int overflow = 0;
        int64_t v = kr_int_as_i64(key, &overflow);
        i = overflow ? -1 : (intptr_t)v;
    } else {
        KrObject *gi = ((KrSrePattern *)m->pattern)->groupindex;
        KrObject *v = NULL;
        if (gi && (kr_str_check(key) || kr_bytes_check(key))) {
            v = kr_dict_get_item(ts, gi, key);
            if (!v && kr_err_occurred(ts)) {
                return -1;
            }
        }
        if (v && kr_int_check(v)) {
            int overflow = 0;
            i = (intptr_t)kr_int_as_i64(v, &overflow);
        }
    }
    if (i < 0 || i >= m->ngroups) {
        kr_err_set_str(ts, &kr_exc_IndexError, "no such group");
        return -1;
    }
    return i;
}

static KrObject *group_value(KrThread *ts, KrSreMatch *m, intptr_t i, KrObject *dflt) {
    if (m->marks[2 * i] < 0) {
        return KR_INCREF(dflt);
    }
    return kr_sre_match_slice(ts, m->string, m->marks[2 * i], m->marks[2 * i + 1]);
}

static KrObject *match_getitem(KrThread *ts, KrObject *self, KrObject *key) {
    intptr_t i = group_index(ts, (KrSreMatch *)self, key);
    return i < 0 ? NULL : group_value(ts, (KrSreMatch *)self, i, KR_NONE);
}

static KrObject *match_group(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "group", kwnames) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return group_value(ts, (KrSreMatch *)self, 0, KR_NONE);
    }
    if (nargs == 1) {
        return match_getitem(ts, self, args[0]);
    }
    KrObject *t = kr_tuple_new(ts, (intptr_t)nargs);
    for (size_t k = 0; t && k < nargs; k++) {
        KrObject *v = match_getitem(ts, self, args[k]);
        if (!v) {
            KR_DECREF(ts, t);
            return NULL;
        }
        ((KrTuple *)t)->items[k] = v;
    }
    return t;
}

static KrObject *one_default(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                             KrObject *kwnames) {
    static const char *const names[] = {"default", NULL};
    KrObject *out[1];
    if (kr_parse_args(ts, fname, args, nargs, kwnames, names, 0, 0, 1, out) < 0) {
        return NULL;
    }
    return out[0] ? out[0] : KR_NONE;
}

static KrObject *match_groups(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrSreMatch *m = (KrSreMatch *)self;
    KrObject *dflt = one_default(ts, "groups", args, nargs, kwnames);
    KrObject *t = dflt ? kr_tuple_new(ts, m->ngroups - 1) : NULL;
    for (intptr_t i = 1; t && i < m->ngroups; i++) {
        KrObject *v = group_value(ts, m, i, dflt);
        if (!v) {
            KR_DECREF(ts, t);
            return NULL;
        }
        ((KrTuple *)t)->items[i - 1] = v;
    }
    return t;
}

static KrObject *match_groupdict(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    KrSreMatch *m = (KrSreMatch *)self;
    KrObject *dflt = one_default(ts, "groupdict", args, nargs, kwnames);
    KrObject *d = dflt ? kr_dict_new(ts) : NULL;
    KrObject *gi = ((KrSrePattern *)m->pattern)->groupindex;
    intptr_t it = 0;
    KrObject *k, *v;
    while (d && gi && kr_dict_next(gi, &it, &k, &v)) {
        intptr_t i = group_index(ts, m, k);
        KrObject *val = i < 0 ? NULL : group_value(ts, m, i, dflt);
        if (!val || kr_dict_set_item(ts, d, k, val) < 0) {
            KR_XDECREF(ts, val);
            KR_DECREF(ts, d);
            return NULL;
        }
        KR_DECREF(ts, val);
    }
    return d;
}

// The group argument of start/end/span (default 0).
static intptr_t group_arg(KrThread *ts, KrObject *self, const char *fname, KrObject *const *args, size_t nargs,
                          KrObject *kwnames) {
    if (kr_check_positional(ts, fname, nargs, kwnames, 0, 1) < 0) {
        return -1;
    }
    return nargs ? group_index(ts, (KrSreMatch *)self, args[0]) : 0;
}

static KrObject *match_start(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t i = group_arg(ts, self, "start", args, nargs, kwnames);
    return i < 0 ? NULL : kr_int_from_i64(ts, ((KrSreMatch *)self)->marks[2 * i]);
}

static KrObject *match_end(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t i = group_arg(ts, self, "end", args, nargs, kwnames);
    return i < 0 ? NULL : kr_int_from_i64(ts, ((KrSreMatch *)self)->marks[2 * i + 1]);
}

static KrObject *span_of(KrThread *ts, KrSreMatch *m, intptr_t i) {
    KrObject *a = kr_int_from_i64(ts, m->marks[2 * i]);
    KrObject *b = a ? kr_int_from_i64(ts, m->marks[2 * i + 1]) : NULL;
    KrObject *t = b ? kr_tuple_pack(ts, 2, a, b) : NULL;
    KR_XDECREF(ts, a);
    KR_XDECREF(ts, b);
    return t;
}

static KrObject *match_span(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    intptr_t i = group_arg(ts, self, "span", args, nargs, kwnames);
    return i < 0 ? NULL : span_of(ts, (KrSreMatch *)self, i);
}

// Calls re.<fname>(args...): the template helpers live in Lib/re.
KrObject *kr_sre_match_call_re(KrThread *ts, const char *fname, KrObject *a, KrObject *b, KrObject *c) {
    KrObject *mod = kr_import_module(ts, "re");
    if (!mod) {
        return NULL;
    }
    KrObject *fn = kr_getattr_cstr(ts, mod, fname);
    KR_DECREF(ts, mod);
    if (!fn) {
        return NULL;
    }
    KrObject *argv[3] = {a, b, c};
    KrObject *r = kr_call(ts, fn, argv, c ? 3 : 2, NULL);
    KR_DECREF(ts, fn);
    return r;
}

static KrObject *match_expand(KrThread *ts, KrObject *self, KrObject *tmpl) {
    return kr_sre_match_call_re(ts, "_expand", ((KrSreMatch *)self)->pattern, self, tmpl);
}

static KrObject *match_self(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(self);
}

static KrObject *match_deepcopy(KrThread *ts, KrObject *self, KrObject *memo) {
    (void)memo;
    return match_self(ts, self);
}

static KrObject *match_regs(KrThread *ts, KrObject *self) {
    KrSreMatch *m = (KrSreMatch *)self;
    KrObject *t = kr_tuple_new(ts, m->ngroups);
    for (intptr_t i = 0; t && i < m->ngroups; i++) {
        KrObject *s = span_of(ts, m, i);
        if (!s) {
            KR_DECREF(ts, t);
            return NULL;
        }
        ((KrTuple *)t)->items[i] = s;
    }
    return t;
}

static KrObject *match_lastindex(KrThread *ts, KrObject *self) {
    KrSreMatch *m = (KrSreMatch *)self;
    if (m->lastindex < 0) {
        KR_RETURN_NONE;
    }
    return kr_int_from_i64(ts, m->lastindex);
}

static KrObject *match_lastgroup(KrThread *ts, KrObject *self) {
    KrSreMatch *m = (KrSreMatch *)self;
    KrObject *ig = ((KrSrePattern *)m->pattern)->indexgroup;
    if (m->lastindex < 0 || !ig || m->lastindex >= KR_TUPLE_SIZE(ig)) {
        KR_RETURN_NONE;
    }
    (void)ts;
    return KR_INCREF(KR_TUPLE_GET(ig, m->lastindex));
}

static KrObject *match_re(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrSreMatch *)self)->pattern);
}

static KrObject *match_string(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrSreMatch *)self)->string);
}

static KrObject *match_pos(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, ((KrSreMatch *)self)->pos);
}

static KrObject *match_endpos(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, ((KrSreMatch *)self)->endpos);
}

// repr(o) cut to `limit` characters, as CPython's %.<limit>R.
KrObject *kr_sre_match_repr_cut(KrThread *ts, KrObject *o, intptr_t limit) {
    KrObject *r = kr_repr(ts, o);
    if (r && KR_STR_LEN(r) > limit) {
        KR_SETREF(ts, r, kr_str_substr(ts, r, 0, limit));
    }
    return r;
}

static KrObject *match_repr(KrThread *ts, KrObject *self) {
    KrSreMatch *m = (KrSreMatch *)self;
    KrObject *g = group_value(ts, m, 0, KR_NONE);
    KrObject *gr = g ? kr_sre_match_repr_cut(ts, g, 50) : NULL;
    KR_XDECREF(ts, g);
    if (!gr) {
        return NULL;
    }
    char buf[96];
    snprintf(buf, sizeof buf, "<re.Match object; span=(%lld, %lld), match=", (long long)m->marks[0],
             (long long)m->marks[1]);
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_cstr(ts, &sb, buf);
    kr_sb_add_str(ts, &sb, gr);
    kr_sb_add_cstr(ts, &sb, ">");
    KR_DECREF(ts, gr);
    return kr_sb_finish(ts, &sb);
}

static const KrMethodDef match_methods[] = {
    {"group", (void *)match_group, KR_METH_VARARGS, false, false, NULL},
    {"groups", (void *)match_groups, KR_METH_VARARGS, false, false, NULL},
    {"groupdict", (void *)match_groupdict, KR_METH_VARARGS, false, false, NULL},
    {"start", (void *)match_start, KR_METH_VARARGS, false, false, NULL},
    {"end", (void *)match_end, KR_METH_VARARGS, false, false, NULL},
    {"span", (void *)match_span, KR_METH_VARARGS, false, false, NULL},
    {"expand", (void *)match_expand, KR_METH_O, false, false, NULL},
    {"__copy__", (void *)match_self, KR_METH_NOARGS, false, false, NULL},
    {"__deepcopy__", (void *)match_deepcopy, KR_METH_O, false, false, NULL},
    KR_CLASS_GETITEM_METHOD,
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef match_getsets[] = {
    {"regs", match_regs, NULL, NULL},
    {"lastindex", match_lastindex, NULL, "The integer index of the last matched capturing group."},
    {"lastgroup", match_lastgroup, NULL, "The name of the last matched capturing group."},
    {"re", match_re, NULL, "The regular expression object."},
    {"string", match_string, NULL, "The string passed to match() or search()."},
    {"pos", match_pos, NULL, "The index into the string at which the RE engine started looking for a match."},
    {"endpos", match_endpos, NULL, "The index into the string beyond which the RE engine will not go."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_sre_match_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "re.Match",
    .basicsize = sizeof(KrSreMatch),
    .doc = "The result of re.match() and re.search().\n"
           "Match objects always have a boolean value of True.",
    .dealloc = match_dealloc,
    .repr = match_repr,
    .getitem = match_getitem,
    .methods = match_methods,
    .getsets = match_getsets,
};

