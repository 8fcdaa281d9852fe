// SPDX-License-Identifier: MIT
// str: compact storage, construction, caches, interning, hashing and the type's slots.
#include "str.h"

#include <string.h>

#include "../base/siphash.h"
#include "../base/utf8.h"
#include "../vm/vm.h"
#include "containers.h"
#include "bytes.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str_impl.h"
#include "unicode.h"

// ---- storage ----------------------------------------------------------------

static unsigned kind_for(uint32_t maxchar) {
    return maxchar < 0x100 ? 1 : maxchar < 0x10000 ? 2 : 4;
}

// Allocates an instance of `type` (str or a subclass) with room for `length`
// code units of `kind` plus a terminating zero unit.
static KrStr *alloc_str(KrThread *ts, KrType *type, intptr_t length, unsigned kind, bool ascii) {
    size_t head = type == &kr_str_type ? sizeof(KrStr) : type->basicsize;
    if (head < sizeof(KrStr)) {
        head = sizeof(KrStr);
    }
    if (length < 0 || (size_t)length > (SIZE_MAX / 2 - head) / kind - 1) {
        kr_err_no_memory(ts);
        return NULL;
    }
    KrStr *s = (KrStr *)kr_object_alloc(ts, type, head + ((size_t)length + 1) * kind);
    if (!s) {
        return NULL;
    }
    s->length = length;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->ascii = ascii;
    s->data = (char *)s + head;
    if (ascii) {
        s->utf8 = (char *)s->data;
        s->utf8_len = length;
    }
    return s;
}

KrObject *kr_str_new(KrThread *ts, intptr_t length, uint32_t maxchar) {
    return (KrObject *)alloc_str(ts, &kr_str_type, length, kind_for(maxchar), maxchar < 0x80);
}

uint32_t kr_str_max_char(KrObject *o) {
    KrStr *s = (KrStr *)o;
    if (s->kind == 1) {
        return s->ascii ? 0x7F : 0xFF;
    }
    return s->kind == 2 ? 0xFFFF : 0x10FFFF;
}

KrObject *kr_str_empty(KrThread *ts) {
    KrVM *vm = ts->vm;
    if (!vm->empty_str) {
        vm->empty_str = kr_str_new(ts, 0, 0);
        if (!vm->empty_str) {
            return NULL;
        }
    }
    KR_INCREF(vm->empty_str);
    return vm->empty_str;
}

// The cached one-character str for a code point below 256.
static KrObject *latin1_char(KrThread *ts, uint32_t cp) {
    KrVM *vm = ts->vm;
    if (!vm->latin1[cp]) {
        KrObject *s = kr_str_new(ts, 1, cp);
        if (!s) {
            return NULL;
        }
        ((uint8_t *)KR_STR_DATA(s))[0] = (uint8_t)cp;
        vm->latin1[cp] = s;
    }
    KR_INCREF(vm->latin1[cp]);
    return vm->latin1[cp];
}

KrObject *kr_str_from_kind(KrThread *ts, unsigned kind, const void *data, intptr_t len) {
    if (len == 0) {
        return kr_str_empty(ts);
    }
    uint32_t maxc = 0;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = kr_str_read(kind, data, i);
        if (c > maxc) {
            maxc = c;
        }
    }
    if (len == 1 && maxc < 0x100) {
        return latin1_char(ts, maxc);
    }
    KrObject *s = kr_str_new(ts, len, maxc);
    if (!s) {
        return NULL;
    }
    unsigned k = KR_STR_KIND(s);
    if (k == kind) {
        memcpy(KR_STR_DATA(s), data, (size_t)len * kind);
    } else {
        void *out = KR_STR_DATA(s);
        for (intptr_t i = 0; i < len; i++) {
            kr_str_write(k, out, i, kr_str_read(kind, data, i));
        }
    }
    return s;
}

KrObject *kr_str_from_ucs4(KrThread *ts, const uint32_t *cps, size_t n) {
    return kr_str_from_kind(ts, 4, cps, (intptr_t)n);
}

KrObject *kr_str_from_codepoint(KrThread *ts, uint32_t cp) {
    if (cp < 0x100) {
        return latin1_char(ts, cp);
    }
    if (cp > 0x10FFFF) {
        kr_err_set_str(ts, &kr_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    KrObject *s = kr_str_new(ts, 1, cp);
    if (s) {
        kr_str_write(KR_STR_KIND(s), KR_STR_DATA(s), 0, cp);
    }
    return s;
}

// Raises UnicodeDecodeError with CPython's message for the bad sequence at `pos`.
static void decode_error(KrThread *ts, const char *s, size_t len, size_t pos) {
    uint32_t cp;
    int k = kr_utf8_decode(s + pos, len - pos, &cp);
    int bad = k < 0 ? -k : 1;
    unsigned char lead = (unsigned char)s[pos];
    const char *reason;
    if (k == -1 && !((lead >= 0xC2 && lead <= 0xF4))) {
        reason = "invalid start byte";
    } else if (pos + (size_t)bad >= len) {
        reason = "unexpected end of data";
    } else {
        reason = "invalid continuation byte";
    }
    if (bad == 1) {
        kr_err_format(ts, &kr_exc_UnicodeDecodeError,
                      "'utf-8' codec can't decode byte 0x%x in position %zu: %s", (unsigned)lead, pos, reason);
    } else {
        kr_err_format(ts, &kr_exc_UnicodeDecodeError,
                      "'utf-8' codec can't decode bytes in position %zu-%zu: %s", pos,
                      pos + (size_t)bad - 1, reason);
    }
}

KrObject *kr_str_from_utf8(KrThread *ts, const char *s, size_t len) {
    uint32_t maxc;
    size_t count;
    size_t ok = kr_utf8_validate(s, len, &maxc, &count);
    if (ok != len) {
        decode_error(ts, s, len, ok);
        return NULL;
    }
    if (count == 0) {
        return kr_str_empty(ts);
    }
    if (count == 1 && maxc < 0x100) {
        uint32_t cp = (unsigned char)s[0];
        if (cp >= 0x80) {
            kr_utf8_decode(s, len, &cp);
        }
        return latin1_char(ts, cp);
    }
    KrObject *r = kr_str_new(ts, (intptr_t)count, maxc);
    if (!r) {
        return NULL;
    }
    if (maxc < 0x80) {
        memcpy(KR_STR_DATA(r), s, len);
        return r;
    }
    unsigned kind = KR_STR_KIND(r);
    void *out = KR_STR_DATA(r);
    size_t i = 0;
    for (intptr_t n = 0; i < len; n++) {
        uint32_t cp;
        int k = kr_utf8_decode(s + i, len - i, &cp);
        kr_str_write(kind, out, n, cp);
        i += (size_t)k;
    }
    return r;
}

KrObject *kr_str_from_cstr(KrThread *ts, const char *s) {
    return kr_str_from_utf8(ts, s, strlen(s));
}

const char *kr_str_utf8(KrThread *ts, KrObject *o, size_t *len) {
    KrStr *s = (KrStr *)o;
    if (!s->utf8) {
        size_t n = 0;
        for (intptr_t i = 0; i < s->length; i++) {
            uint32_t c = kr_str_read(s->kind, s->data, i);
            if (c >= 0xD800 && c <= 0xDFFF) {
                kr_err_format(ts, &kr_exc_UnicodeEncodeError,
                              "'utf-8' codec can't encode character '\\u%04x' in position %zd: surrogates not allowed",
                              (unsigned)c, (size_t)i);
                return NULL;
            }
            n += (size_t)kr_utf8_encoded_len(c);
        }
        char *buf = kr_mem_alloc(ts, n + 1);
        if (!buf) {
            return NULL;
        }
        size_t j = 0;
        for (intptr_t i = 0; i < s->length; i++) {
            j += (size_t)kr_utf8_encode(kr_str_read(s->kind, s->data, i), buf + j);
        }
        buf[j] = '\0';
        s->utf8 = buf;
        s->utf8_len = (intptr_t)j;
    }
    if (len) {
        *len = (size_t)s->utf8_len;
    }
    return s->utf8;
}

// ---- interning, hashing, comparison -------------------------------------------

KrObject *kr_str_intern(KrThread *ts, KrObject *s) {
    if (!s) {
        return NULL;
    }
    // Only exact strs are interned, as in CPython: a subclass may carry state.
    if (!kr_str_check_exact(s) || ((KrStr *)s)->interned) {
        return s;
    }
    KrVM *vm = ts->vm;
    if (!vm->interned) {
        vm->interned = kr_dict_new(ts);
        if (!vm->interned) {
            goto error;
        }
    }
    KrObject *t = kr_dict_get_item(ts, vm->interned, s);
    if (t) {
        KR_INCREF(t);
        KR_DECREF(ts, s);
        return t;
    }
    if (kr_err_occurred(ts) || kr_dict_set_item(ts, vm->interned, s, s) < 0) {
        goto error;
    }
    ((KrStr *)s)->interned = true;
    return s;
error:
    KR_DECREF(ts, s);
    return NULL;
}

KrObject *kr_str_intern_cstr(KrThread *ts, const char *s) {
    return kr_str_intern(ts, kr_str_from_cstr(ts, s));
}

KrObject *kr_str_intern_literal(KrThread *ts, const char *literal) {
    KrVM *vm = ts->vm;
    size_t slot = ((uintptr_t)literal >> 3) % KR_LITERAL_CACHE_SIZE;
    if (vm->literals[slot].literal == literal) {
        return KR_INCREF(vm->literals[slot].str);
    }
    KrObject *s = kr_str_intern_cstr(ts, literal);
    if (s) {
        KrObject *old = vm->literals[slot].str;
        vm->literals[slot].literal = literal;
        vm->literals[slot].str = KR_INCREF(s);
        KR_XDECREF(ts, old);
    }
    return s;
}

KrHash kr_str_hash_value(KrObject *o) {
    KrStr *s = (KrStr *)o;
    if (s->hash != -1) {
        return s->hash;
    }
    // CPython hashes the canonical code-unit array, so a UCS-2 str hashes its
    // 2-byte units in host (little-endian) order; wasm32 is little-endian too.
    KrHash h = 0;
    if (s->length > 0) {
        h = (KrHash)kr_siphash13(s->data, (size_t)s->length * s->kind);
        if (h == -1) {
            h = -2;
        }
    }
    s->hash = h;
    return h;
}

bool kr_str_equal(KrObject *a, KrObject *b) {
    if (a == b) {
        return true;
    }
    KrStr *x = (KrStr *)a, *y = (KrStr *)b;
    if (x->length != y->length || x->kind != y->kind) {
        return false;
    }
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) {
        return false;
    }
    return memcmp(x->data, y->data, (size_t)x->length * x->kind) == 0;
}

bool kr_str_equal_cstr(KrObject *a, const char *s) {
    KrStr *x = (KrStr *)a;
    size_t n = strlen(s);
    if (x->ascii) {
        return (size_t)x->length == n && memcmp(x->data, s, n) == 0;
    }
    size_t i = 0;
    for (intptr_t j = 0; j < x->length; j++) {
        uint32_t cp;
        int k = kr_utf8_decode(s + i, n - i, &cp);
        if (k <= 0 || cp != kr_str_read(x->kind, x->data, j)) {
            return false;
        }
        i += (size_t)k;
    }
    return i == n;
}

int kr_str_compare(KrObject *a, KrObject *b) {
    KrStr *x = (KrStr *)a, *y = (KrStr *)b;
    intptr_t n = x->length < y->length ? x->length : y->length;
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    } else {
        for (intptr_t i = 0; i < n; i++) {
            uint32_t p = kr_str_read(x->kind, x->data, i), q = kr_str_read(y->kind, y->data, i);
            if (p != q) {
                return p < q ? -1 : 1;
            }
        }
    }
    return x->length < y->length ? -1 : x->length > y->length ? 1 : 0;
}

// ---- searching --------------------------------------------------------------

// Does s[pos:pos+len(sub)] equal sub?
static bool match_at(KrStr *s, KrStr *sub, intptr_t pos) {
    if (s->kind == sub->kind) {
        return memcmp((char *)s->data + (size_t)pos * s->kind, sub->data, (size_t)sub->length * s->kind) == 0;
    }
    for (intptr_t j = 0; j < sub->length; j++) {
        if (kr_str_read(s->kind, s->data, pos + j) != kr_str_read(sub->kind, sub->data, j)) {
            return false;
        }
    }
    return true;
}

intptr_t kr_str_find(KrObject *so, KrObject *subo, intptr_t start, intptr_t end, bool reverse) {
    KrStr *s = (KrStr *)so, *sub = (KrStr *)subo;
    intptr_t m = sub->length;
    if (end - start < m) {
        return -1;
    }
    if (m == 0) {
        return reverse ? end : start;
    }
    // A canonical sub of a wider kind holds a character s cannot contain.
    if (sub->kind > s->kind) {
        return -1;
    }
    uint32_t first = kr_str_read(sub->kind, sub->data, 0);
    if (!reverse) {
        if (s->kind == 1 && m == 1) {
            const uint8_t *p = memchr((const uint8_t *)s->data + start, (int)first, (size_t)(end - start));
            return p ? (intptr_t)(p - (const uint8_t *)s->data) : -1;
        }
        for (intptr_t i = start; i <= end - m; i++) {
            if (kr_str_read(s->kind, s->data, i) == first && match_at(s, sub, i)) {
                return i;
            }
        }
    } else {
        for (intptr_t i = end - m; i >= start; i--) {
            if (kr_str_read(s->kind, s->data, i) == first && match_at(s, sub, i)) {
                return i;
            }
        }
    }
    return -1;
}

intptr_t kr_str_count(KrObject *so, KrObject *subo, intptr_t start, intptr_t end, intptr_t maxcount) {
    intptr_t m = KR_STR_LEN(subo);
    if (end - start < m) {
        return 0;
    }
    if (m == 0) {
        intptr_t n = end - start + 1;
        return (maxcount >= 0 && n > maxcount) ? maxcount : n;
    }
    intptr_t n = 0;
    while (maxcount < 0 || n < maxcount) {
        intptr_t i = kr_str_find(so, subo, start, end, false);
        if (i < 0) {
            break;
        }
        n++;
        start = i + m;
    }
    return n;
}

// ---- building -------------------------------------------------------------------

KrObject *kr_str_concat(KrThread *ts, KrObject *a, KrObject *b) {
    intptr_t la = KR_STR_LEN(a), lb = KR_STR_LEN(b);
    if (lb == 0 && kr_str_check_exact(a)) {
        KR_INCREF(a);
        return a;
    }
    if (la == 0 && kr_str_check_exact(b)) {
        KR_INCREF(b);
        return b;
    }
    if (la > INTPTR_MAX - lb) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "strings are too large to concat");
        return NULL;
    }
    uint32_t ma = kr_str_max_char(a), mb = kr_str_max_char(b);
    KrObject *r = kr_str_new(ts, la + lb, ma > mb ? ma : mb);
    if (!r) {
        return NULL;
    }
    unsigned k = KR_STR_KIND(r);
    void *out = KR_STR_DATA(r);
    if (k == KR_STR_KIND(a)) {
        memcpy(out, KR_STR_DATA(a), (size_t)la * k);
    } else {
        for (intptr_t i = 0; i < la; i++) {
            kr_str_write(k, out, i, kr_str_char_at(a, i));
        }
    }
    if (k == KR_STR_KIND(b)) {
        memcpy((char *)out + (size_t)la * k, KR_STR_DATA(b), (size_t)lb * k);
    } else {
        for (intptr_t i = 0; i < lb; i++) {
            kr_str_write(k, out, la + i, kr_str_char_at(b, i));
        }
    }
    return r;
}

KrObject *kr_str_join(KrThread *ts, KrObject *sep, KrObject *const *items, size_t n) {
    if (n == 0) {
        return kr_str_empty(ts);
    }
    intptr_t seplen = KR_STR_LEN(sep), total = 0;
    uint32_t maxc = 0;
    for (size_t i = 0; i < n; i++) {
        if (!kr_str_check(items[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "sequence item %zd: expected str instance, %T found",
                          (size_t)i, items[i]);
            return NULL;
        }
        intptr_t l = KR_STR_LEN(items[i]);
        if (l > INTPTR_MAX / 2 - total - seplen) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "join() result is too long for a Python string");
            return NULL;
        }
        total += l + (i ? seplen : 0);
        uint32_t m = kr_str_max_char(items[i]);
        if (m > maxc) {
            maxc = m;
        }
    }
    if (n == 1 && kr_str_check_exact(items[0])) {
        KR_INCREF(items[0]);
        return items[0];
    }
    if (n > 1 && kr_str_max_char(sep) > maxc) {
        maxc = kr_str_max_char(sep);
    }
    if (total == 0) {
        return kr_str_empty(ts);
    }
    KrObject *r = kr_str_new(ts, total, maxc);
    if (!r) {
        return NULL;
    }
    unsigned k = KR_STR_KIND(r);
    char *out = KR_STR_DATA(r);
    intptr_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        for (int part = (i == 0); part < 2; part++) {
            KrObject *src = part == 0 ? sep : items[i];
            intptr_t l = KR_STR_LEN(src);
            if (KR_STR_KIND(src) == k) {
                memcpy(out + (size_t)pos * k, KR_STR_DATA(src), (size_t)l * k);
            } else {
                for (intptr_t j = 0; j < l; j++) {
                    kr_str_write(k, out, pos + j, kr_str_char_at(src, j));
                }
            }
            pos += l;
        }
    }
    return r;
}

KrObject *kr_str_substr(KrThread *ts, KrObject *s, intptr_t start, intptr_t end) {
    intptr_t len = KR_STR_LEN(s);
    if (start < 0) {
        start = 0;
    }
    if (end > len) {
        end = len;
    }
    if (start >= end) {
        return kr_str_empty(ts);
    }
    if (start == 0 && end == len && kr_str_check_exact(s)) {
        KR_INCREF(s);
        return s;
    }
    unsigned k = KR_STR_KIND(s);
    if (k == 1 && ((KrStr *)s)->ascii && end - start > 1) {
        // A slice of ASCII text is ASCII: no scan for its widest character.
        KrObject *r = kr_str_new(ts, end - start, 0x7F);
        if (r) {
            memcpy(KR_STR_DATA(r), (char *)KR_STR_DATA(s) + start, (size_t)(end - start));
        }
        return r;
    }
    return kr_str_from_kind(ts, k, (char *)KR_STR_DATA(s) + (size_t)start * k, end - start);
}

// ---- repr -------------------------------------------------------------------------

static bool is_printable(uint32_t c) {
    if (c < 0x80) {
        return c >= 0x20 && c < 0x7F;
    }
    return kr_unicode_has(c, KR_UC_PRINTABLE);
}

// repr() and ascii(): ascii_only escapes every non-ASCII character.
static KrObject *repr_impl(KrThread *ts, KrObject *o, bool ascii_only) {
    static const char hex[] = "0123456789abcdef";
    KrStr *s = (KrStr *)o;
    bool has_single = false, has_double = false;
    for (intptr_t i = 0; i < s->length; i++) {
        uint32_t c = kr_str_read(s->kind, s->data, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t quote = (has_single && !has_double) ? '"' : '\'';
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_char(ts, &sb, quote);
    for (intptr_t i = 0; i < s->length; i++) {
        uint32_t c = kr_str_read(s->kind, s->data, i);
        if (c == quote || c == '\\') {
            kr_sb_add_char(ts, &sb, '\\');
            kr_sb_add_char(ts, &sb, c);
        } else if (c == '\t') {
            kr_sb_add_cstr(ts, &sb, "\\t");
        } else if (c == '\n') {
            kr_sb_add_cstr(ts, &sb, "\\n");
        } else if (c == '\r') {
            kr_sb_add_cstr(ts, &sb, "\\r");
        } else if (c < 0x80 ? (c >= 0x20 && c < 0x7F) : (!ascii_only && is_printable(c))) {
            kr_sb_add_char(ts, &sb, c);
        } else {
            int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            kr_sb_add_cstr(ts, &sb, digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U");
            for (int d = digits - 1; d >= 0; d--) {
                kr_sb_add_char(ts, &sb, (uint32_t)hex[(c >> (4 * d)) & 0xF]);
            }
        }
    }
    kr_sb_add_char(ts, &sb, quote);
    return kr_sb_finish(ts, &sb);
}

KrObject *kr_str_repr(KrThread *ts, KrObject *s) {
    return repr_impl(ts, s, false);
}

KrObject *kr_str_ascii(KrThread *ts, KrObject *s) {
    return repr_impl(ts, s, true);
}

// ---- slots -----------------------------------------------------------------------

static void str_dealloc(KrThread *ts, KrObject *o) {
    KrStr *s = (KrStr *)o;
    if (s->utf8 && s->utf8 != (char *)s->data) {
        kr_mem_free(ts, s->utf8);
    }
    kr_object_free(ts, o);
}

static KrObject *str_str(KrThread *ts, KrObject *o) {
    if (kr_str_check_exact(o)) {
        KR_INCREF(o);
        return o;
    }
    return kr_str_from_kind(ts, KR_STR_KIND(o), KR_STR_DATA(o), KR_STR_LEN(o));
}

static KrHash str_hash(KrThread *ts, KrObject *o) {
    (void)ts;
    return kr_str_hash_value(o);
}

static KrObject *str_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    (void)ts;
    if (!kr_str_check(a) || !kr_str_check(b)) {
        return KR_NOTIMPL;
    }
    bool r;
    if (op == KR_EQ || op == KR_NE) {
        r = kr_str_equal(a, b) == (op == KR_EQ);
    } else {
        int c = kr_str_compare(a, b);
        r = op == KR_LT ? c < 0 : op == KR_LE ? c <= 0 : op == KR_GT ? c > 0 : c >= 0;
    }
    return kr_bool_from(r);
}

// str + x. Like CPython's sq_concat fallback, a non-str right operand gets its
// own reflected slot first and only then the "can only concatenate" error.
static KrObject *str_add(KrThread *ts, KrObject *a, KrObject *b) {
    if (kr_str_check(a) && kr_str_check(b)) {
        return kr_str_concat(ts, a, b);
    }
    if (!kr_str_check(a)) {
        return KR_NOTIMPL;
    }
    KrBinaryFn other = KR_TYPE(b)->nb[KR_BINOP_ADD];
    if (other && other != KR_TYPE(a)->nb[KR_BINOP_ADD]) {
        KrObject *r = other(ts, a, b);
        if (r != KR_NOTIMPL) {
            return r;
        }
    }
    kr_err_format(ts, &kr_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                  KR_TYPE(b)->name);
    return NULL;
}

static KrObject *str_repeat(KrThread *ts, KrObject *s, intptr_t n) {
    intptr_t len = KR_STR_LEN(s);
    if (n <= 0 || len == 0) {
        return kr_str_empty(ts);
    }
    if (n == 1 && kr_str_check_exact(s)) {
        KR_INCREF(s);
        return s;
    }
    if (len > INTPTR_MAX / n) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "repeated string is too long");
        return NULL;
    }
    KrObject *r = kr_str_new(ts, len * n, kr_str_max_char(s));
    if (!r) {
        return NULL;
    }
    size_t unit = (size_t)len * KR_STR_KIND(s);
    char *out = KR_STR_DATA(r);
    if (unit == 1) {
        memset(out, *(uint8_t *)KR_STR_DATA(s), (size_t)n);
        return r;
    }
    memcpy(out, KR_STR_DATA(s), unit);
    // Double the filled prefix each step.
    size_t done = unit, total = unit * (size_t)n;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(out + done, out, chunk);
        done += chunk;
    }
    return r;
}

static KrObject *str_mul(KrThread *ts, KrObject *a, KrObject *b) {
    KrObject *seq = kr_str_check(a) ? a : b;
    KrObject *n = seq == a ? b : a;
    if (!kr_str_check(seq)) {
        return KR_NOTIMPL;
    }
    if (!KR_TYPE(n)->nb_index) {
        // Give the other operand's own slot a chance, as CPython's nb_multiply does.
        KrBinaryFn other = KR_TYPE(n)->nb[KR_BINOP_MULTIPLY];
        if (other && other != KR_TYPE(seq)->nb[KR_BINOP_MULTIPLY] && (KR_TYPE(n)->flags & KR_TYPE_HEAP)) {
            KrObject *r = other(ts, a, b);
            if (r != KR_NOTIMPL) {
                return r;
            }
        }
        kr_err_format(ts, &kr_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                      kr_type_name_cstr(KR_TYPE(n)));
        return NULL;
    }
    KrObject *idx = kr_number_index(ts, n);
    if (!idx) {
        return NULL;
    }
    int overflow = 0;
    int64_t count = kr_int_as_i64(idx, &overflow);
    int sign = kr_int_sign(idx);
    KR_DECREF(ts, idx);
    if (overflow || count > INTPTR_MAX) {
        if (sign < 0) {
            return kr_str_empty(ts);
        }
        kr_err_format(ts, &kr_exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                      kr_type_name_cstr(KR_TYPE(n)));
        return NULL;
    }
    return str_repeat(ts, seq, (intptr_t)count);
}

static KrObject *str_mod(KrThread *ts, KrObject *a, KrObject *b) {
    if (!kr_str_check(a)) {
        return KR_NOTIMPL;
    }
    return kr_str_printf(ts, a, b);
}

static intptr_t str_len(KrThread *ts, KrObject *o) {
    (void)ts;
    return KR_STR_LEN(o);
}

static KrObject *str_getitem(KrThread *ts, KrObject *s, KrObject *key) {
    intptr_t len = KR_STR_LEN(s);
    if (KR_TYPE(key) == &kr_slice_type) {
        intptr_t start, stop, step;
        intptr_t n = kr_slice_indices(ts, key, len, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1) {
            return kr_str_substr(ts, s, start, start + n);
        }
        if (n == 0) {
            return kr_str_empty(ts);
        }
        if (n > 1 && ((KrStr *)s)->ascii) {
            // ASCII stays ASCII: copy the bytes straight into the result.
            KrObject *r = kr_str_new(ts, n, 127);
            if (!r) {
                return NULL;
            }
            const uint8_t *src = KR_STR_DATA(s);
            uint8_t *dst = KR_STR_DATA(r);
            for (intptr_t i = 0, j = start; i < n; i++, j += step) {
                dst[i] = src[j];
            }
            return r;
        }
        uint32_t *buf = kr_mem_alloc(ts, (size_t)n * sizeof(uint32_t));
        if (!buf) {
            return NULL;
        }
        for (intptr_t i = 0, j = start; i < n; i++, j += step) {
            buf[i] = kr_str_char_at(s, j);
        }
        KrObject *r = kr_str_from_ucs4(ts, buf, (size_t)n);
        kr_mem_free(ts, buf);
        return r;
    }
    if (!KR_TYPE(key)->nb_index) {
        kr_err_format(ts, &kr_exc_TypeError, "string indices must be integers, not '%s'",
                      kr_type_name_cstr(KR_TYPE(key)));
        return NULL;
    }
    KrObject *idx = kr_number_index(ts, key);
    if (!idx) {
        return NULL;
    }
    int overflow = 0;
    int64_t i = kr_int_as_i64(idx, &overflow);
    KR_DECREF(ts, idx);
    if (overflow) {
        kr_err_format(ts, &kr_exc_IndexError, "cannot fit '%s' into an index-sized integer",
                      kr_type_name_cstr(KR_TYPE(key)));
        return NULL;
    }
    if (i < 0) {
        i += len;
    }
    if (i < 0 || i >= len) {
        kr_err_set_str(ts, &kr_exc_IndexError, "string index out of range");
        return NULL;
    }
    return kr_str_from_codepoint(ts, kr_str_char_at(s, (intptr_t)i));
}

static int str_contains(KrThread *ts, KrObject *s, KrObject *item) {
    if (!kr_str_check(item)) {
        kr_err_format(ts, &kr_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                      kr_type_name_cstr(KR_TYPE(item)));
        return -1;
    }
    return kr_str_find(s, item, 0, KR_STR_LEN(s), false) >= 0;
}

// str(object='', encoding='utf-8', errors='strict'). Decoding needs bytes,
// which the str piece leaves to the bytes type.
static KrObject *str_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"object", "encoding", "errors", NULL};
    KrObject *a[3] = {NULL, NULL, NULL};
    if (kr_parse_args(ts, "str", args, nargs, kwnames, names, 0, 0, 3, a) < 0) {
        return NULL;
    }
    for (int i = 1; i < 3; i++) {
        if (a[i] && !kr_str_check(a[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "str() argument '%s' must be str, not %s", names[i],
                          kr_arg_type_name(a[i]));
            return NULL;
        }
    }
    KrObject *r;
    const char *bp;
    intptr_t bn;
    if (a[1] || a[2]) {
        if (!a[0]) {
            r = kr_str_empty(ts);
        } else if (kr_str_check(a[0])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "decoding str is not supported");
            return NULL;
        } else if (kr_bytes_buffer(ts, a[0], &bp, &bn) == 1) {
            const char *enc = NULL, *err = NULL;
            if (kr_codec_args(ts, "str", a[1], a[2], &enc, &err) < 0) {
                return NULL;
            }
            r = kr_codec_decode(ts, bp, bn, enc, err);
        } else if (kr_err_occurred(ts)) {
            return NULL;
        } else {
            kr_err_format(ts, &kr_exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                          kr_type_name_cstr(KR_TYPE(a[0])));
            return NULL;
        }
    } else {
        r = a[0] ? kr_str(ts, a[0]) : kr_str_empty(ts);
    }
    if (!r || type == &kr_str_type) {
        return r;
    }
    // A subclass instance: copy the text after the subclass's own fields.
    KrStr *src = (KrStr *)r;
    KrStr *s = alloc_str(ts, type, src->length, src->kind, src->ascii);
    if (s) {
        memcpy(s->data, src->data, (size_t)src->length * src->kind);
    }
    KR_DECREF(ts, r);
    return (KrObject *)s;
}

// ---- iterator --------------------------------------------------------------------

static KrObject *str_iter(KrThread *ts, KrObject *s) {
    // CPython names the iterator of an ASCII str differently; keep type() alike.
    KrType *t = ((KrStr *)s)->ascii ? &kr_str_ascii_iter_type : &kr_str_iter_type;
    return kr_seqiter_make(ts, t, s, 0);
}

static KrObject *str_iter_next(KrThread *ts, KrObject *o) {
    KrSeqIter *it = (KrSeqIter *)o;
    if (!it->seq) {
        return NULL;
    }
    if (it->index >= KR_STR_LEN(it->seq)) {
        KR_CLEAR(ts, it->seq);
        return NULL;
    }
    return kr_str_from_codepoint(ts, kr_str_char_at(it->seq, it->index++));
}

static KrObject *str_iter_length_hint(KrThread *ts, KrObject *o) {
    KrSeqIter *it = (KrSeqIter *)o;
    intptr_t n = it->seq ? KR_STR_LEN(it->seq) - it->index : 0;
    return kr_int_from_i64(ts, n < 0 ? 0 : n);
}

static const KrMethodDef str_iter_methods[] = {
    {"__length_hint__", (void *)str_iter_length_hint, KR_METH_NOARGS, false, false,
     "Private method returning an estimate of len(list(it))."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_str_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "str_iterator",
    .basicsize = sizeof(KrSeqIter),
    .base_type = &kr_object_type,
    .dealloc = kr_seqiter_dealloc,
    .iter = kr_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

KrType kr_str_ascii_iter_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "str_ascii_iterator",
    .basicsize = sizeof(KrSeqIter),
    .base_type = &kr_object_type,
    .dealloc = kr_seqiter_dealloc,
    .iter = kr_iter_self,
    .iternext = str_iter_next,
    .methods = str_iter_methods,
};

// ---- the type -----------------------------------------------------------------------

KrType kr_str_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "str",
    .basicsize = sizeof(KrStr),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_STR_SUBCLASS | KR_TYPE_MATCH_SELF | KR_TYPE_CONCAT,
    .base_type = &kr_object_type,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\n"
           "encoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .dealloc = str_dealloc,
    .repr = kr_str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .new_ = str_new,
    .nb = {
        [KR_BINOP_ADD] = str_add,
        [KR_BINOP_MULTIPLY] = str_mul,
        [KR_BINOP_REMAINDER] = str_mod,
    },
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
    .methods = kr_str_methods,
};
