// SPDX-License-Identifier: MIT
// Newline handling shared by StringIO and TextIOWrapper, and the
// _io.IncrementalNewlineDecoder type built on it.
#include <string.h>

#include "io_impl.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

// ---- shared helpers ---------------------------------------------------------------------

int kr_io_newline_parse(KrThread *ts, KrObject *newline, KrNewlineMode *nl) {
    memset(nl, 0, sizeof *nl);
    if (!newline || newline == KR_NONE) {
        nl->readuniversal = nl->readtranslate = true;
        return 0;
    }
    if (!kr_str_check(newline)) {
        kr_err_format(ts, &kr_exc_TypeError, "newline must be str or None, not %T", newline);
        return -1;
    }
    if (KR_STR_LEN(newline) == 0) {
        nl->readuniversal = true;
        return 0;
    }
    static const char *const valid[] = {"\n", "\r", "\r\n"};
    for (int i = 0; i < 3; i++) {
        if (kr_str_equal_cstr(newline, valid[i])) {
            nl->readnl = valid[i];
            nl->writenl = i == 0 ? NULL : valid[i];
            return 0;
        }
    }
    kr_err_format(ts, &kr_exc_ValueError, "illegal newline value: %R", newline);
    return -1;
}

KrObject *kr_io_newline_seen(KrThread *ts, int seennl) {
    static const char *const names[3] = {"\r", "\n", "\r\n"};
    static const int bits[3] = {KR_IO_SEEN_CR, KR_IO_SEEN_LF, KR_IO_SEEN_CRLF};
    KrObject *items[3];
    int n = 0;
    for (int i = 0; i < 3; i++) {
        if (seennl & bits[i]) {
            items[n] = kr_str_from_cstr(ts, names[i]);
            if (!items[n]) {
                while (n > 0) {
                    KR_DECREF(ts, items[--n]);
                }
                return NULL;
            }
            n++;
        }
    }
    if (n == 0) {
        KR_RETURN_NONE;
    }
    if (n == 1) {
        return items[0];
    }
    KrObject *t = kr_tuple_from_array(ts, items, n);
    while (n > 0) {
        KR_DECREF(ts, items[--n]);
    }
    return t;
}

KrObject *kr_io_newline_write(KrThread *ts, KrObject *s, const char *writenl) {
    if (!writenl) {
        return KR_INCREF(s);
    }
    intptr_t n = KR_STR_LEN(s);
    unsigned kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    intptr_t count = 0;
    for (intptr_t i = 0; i < n; i++) {
        count += kr_str_read(kind, data, i) == '\n';
    }
    if (!writenl || count == 0) {
        return KR_INCREF(s);
    }
    intptr_t extra = (intptr_t)strlen(writenl) - 1;
    uint32_t *out = kr_mem_alloc(ts, sizeof(uint32_t) * (size_t)(n + count * extra + 1));
    if (!out) {
        return NULL;
    }
    intptr_t k = 0;
    for (intptr_t i = 0; i < n; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (c == '\n') {
            for (const char *w = writenl; *w; w++) {
                out[k++] = (uint32_t)*w;
            }
        } else {
            out[k++] = c;
        }
    }
    KrObject *r = kr_str_from_ucs4(ts, out, (size_t)k);
    kr_mem_free(ts, out);
    return r;
}

KrObject *kr_io_newline_translate(KrThread *ts, KrObject *s, bool translate, bool final, bool *pendingcr,
                                  int *seennl) {
    intptr_t n = KR_STR_LEN(s);
    unsigned kind = KR_STR_KIND(s);
    const void *data = KR_STR_DATA(s);
    bool lead_cr = *pendingcr && (n > 0 || final);
    if (lead_cr) {
        *pendingcr = false;
    }
    intptr_t end = n;
    bool hold = false;
    if (!final && n > 0 && kr_str_read(kind, data, n - 1) == '\r') {
        end = n - 1;
        hold = true;
    }
    uint32_t *out = kr_mem_alloc(ts, sizeof(uint32_t) * (size_t)(n + 2));
    if (!out) {
        return NULL;
    }
    intptr_t k = 0;
    // Walk the text with the held-back '\r' (if any) in front.
    intptr_t total = end + (lead_cr ? 1 : 0);
    for (intptr_t j = 0; j < total; j++) {
        uint32_t c = lead_cr ? (j == 0 ? '\r' : kr_str_read(kind, data, j - 1)) : kr_str_read(kind, data, j);
        if (c == '\r') {
            uint32_t next = 0;
            if (j + 1 < total) {
                next = lead_cr ? kr_str_read(kind, data, j) : kr_str_read(kind, data, j + 1);
            }
            if (next == '\n') {
                *seennl |= KR_IO_SEEN_CRLF;
                if (translate) {
                    out[k++] = '\n';
                } else {
                    out[k++] = '\r';
                    out[k++] = '\n';
                }
                j++;
                continue;
            }
            *seennl |= KR_IO_SEEN_CR;
            out[k++] = translate ? '\n' : '\r';
            continue;
        }
        if (c == '\n') {
            *seennl |= KR_IO_SEEN_LF;
        }
        out[k++] = c;
    }
    if (hold) {
        *pendingcr = true;
    }
    KrObject *r = kr_str_from_ucs4(ts, out, (size_t)k);
    kr_mem_free(ts, out);
    return r;
}

intptr_t kr_io_newline_find(const KrNewlineMode *nl, unsigned kind, const void *data, intptr_t start, intptr_t n,
                            bool at_eof) {
    if (nl->readuniversal) {
        for (intptr_t i = start; i < n; i++) {
            uint32_t c = kr_str_read(kind, data, i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                if (i + 1 < n) {
                    return kr_str_read(kind, data, i + 1) == '\n' ? i + 2 : i + 1;
                }
                return at_eof ? i + 1 : -1;
            }
        }
        return -1;
    }
    uint32_t first = (uint32_t)nl->readnl[0];
    bool two = nl->readnl[1] != '\0';
    for (intptr_t i = start; i < n; i++) {
        if (kr_str_read(kind, data, i) != first) {
            continue;
        }
        if (!two) {
            return i + 1;
        }
        if (i + 1 < n && kr_str_read(kind, data, i + 1) == '\n') {
            return i + 2;
        }
    }
    return -1;
}

// ---- IncrementalNewlineDecoder ------------------------------------------------------------

#define NLD(o) ((KrNLDecoder *)(o))

static KrObject *nld_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return kr_object_alloc(ts, type, type->basicsize);
}

static int nld_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"decoder", "translate", "errors", NULL};
    KrObject *v[3] = {NULL, NULL, NULL};
    if (kr_parse_args(ts, "IncrementalNewlineDecoder", args, nargs, kwnames, names, 2, 0, 3, v) < 0) {
        return -1;
    }
    int t = kr_is_true(ts, v[1]);
    if (t < 0) {
        return -1;
    }
    KrNLDecoder *d = NLD(self);
    KR_SETREF(ts, d->decoder, KR_INCREF(v[0]));
    KrObject *errors = v[2] ? KR_INCREF(v[2]) : kr_str_from_cstr(ts, "strict");
    if (!errors) {
        return -1;
    }
    KR_SETREF(ts, d->errors, errors);
    d->translate = t;
    d->pendingcr = false;
    d->seennl = 0;
    return 0;
}

static void nld_dealloc(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, NLD(o)->decoder);
    KR_CLEAR(ts, NLD(o)->errors);
    kr_object_free(ts, o);
}

static void nld_traverse(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg) {
    if (NLD(o)->decoder) {
        visit(ts, NLD(o)->decoder, arg);
    }
    if (NLD(o)->errors) {
        visit(ts, NLD(o)->errors, arg);
    }
}

static int nld_clear(KrThread *ts, KrObject *o) {
    KR_CLEAR(ts, NLD(o)->decoder);
    KR_CLEAR(ts, NLD(o)->errors);
    return 0;
}

static int nld_check(KrThread *ts, KrNLDecoder *d) {
    if (!d->errors) {
        kr_err_set_str(ts, &kr_exc_ValueError, "IncrementalNewlineDecoder.__init__() not called");
        return -1;
    }
    return 0;
}

static KrObject *nld_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    static const char *const names[] = {"input", "final", NULL};
    KrObject *v[2] = {NULL, NULL};
    if (kr_parse_args(ts, "decode", args, nargs, kw, names, 1, 0, 2, v) < 0) {
        return NULL;
    }
    KrNLDecoder *d = NLD(self);
    if (nld_check(ts, d) < 0) {
        return NULL;
    }
    int final = v[1] ? kr_is_true(ts, v[1]) : 0;
    if (final < 0) {
        return NULL;
    }
    KrObject *out;
    if (d->decoder != KR_NONE) {
        KrObject *argv[2] = {v[0], kr_bool_from(final)};
        out = kr_call_method_cstr(ts, d->decoder, "decode", argv, 2);
    } else {
        out = KR_INCREF(v[0]);
    }
    if (!out) {
        return NULL;
    }
    if (!kr_str_check(out)) {
        kr_err_format(ts, &kr_exc_TypeError, "decoder should return a string result, not '%T'", out);
        KR_DECREF(ts, out);
        return NULL;
    }
    KrObject *r = kr_io_newline_translate(ts, out, d->translate, final, &d->pendingcr, &d->seennl);
    KR_DECREF(ts, out);
    return r;
}

static KrObject *nld_getstate(KrThread *ts, KrObject *self) {
    KrNLDecoder *d = NLD(self);
    if (nld_check(ts, d) < 0) {
        return NULL;
    }
    KrObject *buf;
    int64_t flag = 0;
    if (d->decoder != KR_NONE) {
        KrObject *st = kr_call_method_cstr(ts, d->decoder, "getstate", NULL, 0);
        if (!st) {
            return NULL;
        }
        if (!kr_tuple_check(st) || KR_TUPLE_SIZE(st) != 2 || !kr_int_check(KR_TUPLE_GET(st, 1))) {
            kr_err_set_str(ts, &kr_exc_TypeError, "illegal decoder state");
            KR_DECREF(ts, st);
            return NULL;
        }
        buf = KR_INCREF(KR_TUPLE_GET(st, 0));
        int ovf;
        flag = kr_int_as_i64(KR_TUPLE_GET(st, 1), &ovf);
        KR_DECREF(ts, st);
    } else {
        buf = KR_INCREF(ts->vm->empty_bytes);
    }
    flag = flag * 2 + (d->pendingcr ? 1 : 0);
    KrObject *f = kr_int_from_i64(ts, flag);
    KrObject *r = f ? kr_tuple_pack(ts, 2, buf, f) : NULL;
    KR_XDECREF(ts, f);
    KR_DECREF(ts, buf);
    return r;
}

static KrObject *nld_setstate(KrThread *ts, KrObject *self, KrObject *state) {
    KrNLDecoder *d = NLD(self);
    if (nld_check(ts, d) < 0) {
        return NULL;
    }
    if (!kr_tuple_check(state) || KR_TUPLE_SIZE(state) != 2 || !kr_int_check(KR_TUPLE_GET(state, 1))) {
        kr_err_set_str(ts, &kr_exc_TypeError, "state argument must be a tuple");
        return NULL;
    }
    int ovf;
    int64_t flag = kr_int_as_i64(KR_TUPLE_GET(state, 1), &ovf);
    d->pendingcr = (flag & 1) != 0;
    if (d->decoder != KR_NONE) {
        KrObject *f = kr_int_from_i64(ts, flag >> 1);
        KrObject *st = f ? kr_tuple_pack(ts, 2, KR_TUPLE_GET(state, 0), f) : NULL;
        KR_XDECREF(ts, f);
        KrObject *r = st ? kr_call_method_cstr(ts, d->decoder, "setstate", &st, 1) : NULL;
        KR_XDECREF(ts, st);
        if (!r) {
            return NULL;
        }
        KR_DECREF(ts, r);
    }
    KR_RETURN_NONE;
}

static KrObject *nld_reset(KrThread *ts, KrObject *self) {
    KrNLDecoder *d = NLD(self);
    if (nld_check(ts, d) < 0) {
        return NULL;
    }
    d->seennl = 0;
    d->pendingcr = false;
    if (d->decoder != KR_NONE) {
        return kr_call_method_cstr(ts, d->decoder, "reset", NULL, 0);
    }
    KR_RETURN_NONE;
}

static KrObject *nld_get_newlines(KrThread *ts, KrObject *self) {
    if (nld_check(ts, NLD(self)) < 0) {
        return NULL;
    }
    return kr_io_newline_seen(ts, NLD(self)->seennl);
}

static const KrMethodDef nld_methods[] = {
    {"decode", (void *)nld_decode, KR_METH_VARARGS, false, false, NULL},
    {"getstate", (void *)nld_getstate, KR_METH_NOARGS, false, false, NULL},
    {"setstate", (void *)nld_setstate, KR_METH_O, false, false, NULL},
    {"reset", (void *)nld_reset, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef nld_getsets[] = {
    {"newlines", nld_get_newlines, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_io_nldecoder_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io.IncrementalNewlineDecoder",
    .basicsize = sizeof(KrNLDecoder),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .base_type = &kr_object_type,
    .doc = "Codec used when reading a file in universal newlines mode.",
    .dealloc = nld_dealloc,
    .traverse = nld_traverse,
    .clear = nld_clear,
    .new_ = nld_new,
    .init = nld_init,
    .methods = nld_methods,
    .getsets = nld_getsets,
};
