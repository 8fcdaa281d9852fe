// SPDX-License-Identifier: MIT
// bytes: immutable byte strings (the minimum the compiler needs for b'' literals).
#include <stdio.h>
#include <string.h>

#include "../base/siphash.h"
#include "../vm/vm.h"
#include "bytes.h"
#include "exc.h"
#include "int.h"
#include "singletons.h"
#include "str.h"

KrObject *kr_bytes_from(KrThread *ts, const char *s, size_t len) {
    KrBytes *b = (KrBytes *)kr_object_alloc(ts, &kr_bytes_type, sizeof(KrBytes) + len);
    if (!b) {
        return NULL;
    }
    b->size = (intptr_t)len;
    b->hash = -1;
    if (len) {
        memcpy(b->data, s, len);
    }
    b->data[len] = '\0';
    return (KrObject *)b;
}

static void bytes_dealloc(KrThread *ts, KrObject *o) {
    kr_object_free(ts, o);
}

static KrObject *bytes_repr(KrThread *ts, KrObject *o) {
    KrBytes *b = (KrBytes *)o;
    bool has_squote = memchr(b->data, '\'', (size_t)b->size) != NULL;
    bool has_dquote = memchr(b->data, '"', (size_t)b->size) != NULL;
    char quote = has_squote && !has_dquote ? '"' : '\'';
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_char(ts, &sb, 'b');
    kr_sb_add_char(ts, &sb, quote);
    for (intptr_t i = 0; i < b->size; i++) {
        unsigned char c = (unsigned char)b->data[i];
        char buf[8];
        if (c == quote || c == '\\') {
            snprintf(buf, sizeof buf, "\\%c", c);
        } else if (c == '\t') {
            strcpy(buf, "\\t");
        } else if (c == '\n') {
            strcpy(buf, "\\n");
        } else if (c == '\r') {
            strcpy(buf, "\\r");
        } else if (c < ' ' || c >= 0x7f) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
        } else {
            buf[0] = (char)c;
            buf[1] = '\0';
        }
        kr_sb_add_cstr(ts, &sb, buf);
    }
    kr_sb_add_char(ts, &sb, quote);
    return kr_sb_finish(ts, &sb);
}

static KrHash bytes_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    KrBytes *b = (KrBytes *)o;
    if (b->hash == -1) {
        KrHash h = b->size ? (KrHash)kr_siphash13(b->data, (size_t)b->size) : 0;
        b->hash = h == -1 ? -2 : h;
    }
    return b->hash;
}

static KrObject *bytes_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    (void)ts;
    if (!kr_bytes_check(a) || !kr_bytes_check(b)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrBytes *x = (KrBytes *)a, *y = (KrBytes *)b;
    intptr_t n = x->size < y->size ? x->size : y->size;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c == 0) {
        c = x->size < y->size ? -1 : x->size > y->size;
    }
    bool r;
    switch (op) {
    case KR_LT: r = c < 0; break;
    case KR_LE: r = c <= 0; break;
    case KR_EQ: r = c == 0; break;
    case KR_NE: r = c != 0; break;
    case KR_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return KR_INCREF(KR_BOOL(r));
}

static intptr_t bytes_len(KrThread *ts, KrObject *o) {
    (void)ts;
    return ((KrBytes *)o)->size;
}

static KrObject *bytes_getitem(KrThread *ts, KrObject *o, KrObject *key) {
    KrBytes *b = (KrBytes *)o;
    if (!kr_int_check(key)) {
        kr_err_format(ts, &kr_exc_TypeError, "byte indices must be integers or slices, not %s",
                      kr_type_name_cstr(KR_TYPE(key)));
        return NULL;
    }
    intptr_t i = kr_int_as_ssize(ts, key);
    if (i == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    if (i < 0) {
        i += b->size;
    }
    if (i < 0 || i >= b->size) {
        kr_err_set_str(ts, &kr_exc_IndexError, "index out of range");
        return NULL;
    }
    return kr_int_from_i64(ts, (unsigned char)b->data[i]);
}

static KrObject *bytes_add(KrThread *ts, KrObject *a, KrObject *b) {
    if (!kr_bytes_check(a) || !kr_bytes_check(b)) {
        return KR_INCREF(KR_NOTIMPL);
    }
    KrBytes *x = (KrBytes *)a, *y = (KrBytes *)b;
    KrBytes *r = (KrBytes *)kr_object_alloc(ts, &kr_bytes_type, sizeof(KrBytes) + (size_t)(x->size + y->size));
    if (!r) {
        return NULL;
    }
    r->size = x->size + y->size;
    r->hash = -1;
    memcpy(r->data, x->data, (size_t)x->size);
    memcpy(r->data + x->size, y->data, (size_t)y->size);
    r->data[r->size] = '\0';
    return (KrObject *)r;
}

static KrObject *bytes_decode(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    KrBytes *b = (KrBytes *)self;
    return kr_str_from_utf8(ts, b->data, (size_t)b->size);
}

static const KrMethodDef bytes_methods[] = {
    {"decode", bytes_decode, KR_METH_VARARGS, false, false, "Decode the bytes using UTF-8."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_bytes_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "bytes",
    .basicsize = sizeof(KrBytes),
    .flags = KR_TYPE_BASETYPE,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .nb = {[KR_BINOP_ADD] = bytes_add},
    .methods = bytes_methods,
};
