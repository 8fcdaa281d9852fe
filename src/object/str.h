// SPDX-License-Identifier: MIT
// str: immutable Unicode text in compact 1/2/4-byte code units (PEP 393).
#ifndef KR_STR_H
#define KR_STR_H

#include "object.h"

// kind = bytes per code unit (1: Latin-1, 2: UCS-2, 4: UCS-4). The data
// follows the struct, NUL-terminated. `utf8` caches the UTF-8 form (for kind 1
// with ascii set it points at the data itself).
typedef struct KrStr {
    KrObject base;
    intptr_t length;   // code points
    KrHash hash;       // -1: not computed yet
    uint8_t kind;
    bool ascii;
    bool interned;
    char *utf8;        // NUL-terminated UTF-8 (lazily built for non-ASCII)
    intptr_t utf8_len;
    // The code units. An exact str keeps them right after this struct; an
    // instance of a subclass keeps them after the subclass's basicsize (its
    // __dict__ slot sits in between), hence a pointer rather than a flexible array.
    void *data;
} KrStr;

extern KrType kr_str_type;
#define kr_str_check(o) KR_TYPE_CHECK_FLAG((o), KR_TYPE_STR_SUBCLASS)
#define kr_str_check_exact(o) (KR_TYPE(o) == &kr_str_type)
#define KR_STR_LEN(o) (((KrStr *)(o))->length)
#define KR_STR_KIND(o) (((KrStr *)(o))->kind)
#define KR_STR_DATA(o) (((KrStr *)(o))->data)

// Reads and writes one code unit of a buffer of the given kind.
static inline uint32_t kr_str_read(unsigned kind, const void *data, intptr_t i) {
    return kind == 1 ? ((const uint8_t *)data)[i]
                     : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
static inline void kr_str_write(unsigned kind, void *data, intptr_t i, uint32_t cp) {
    if (kind == 1) {
        ((uint8_t *)data)[i] = (uint8_t)cp;
    } else if (kind == 2) {
        ((uint16_t *)data)[i] = (uint16_t)cp;
    } else {
        ((uint32_t *)data)[i] = cp;
    }
}

// Decodes UTF-8 (invalid input: UnicodeDecodeError).
KrObject *kr_str_from_utf8(KrThread *ts, const char *s, size_t len);
KrObject *kr_str_from_cstr(KrThread *ts, const char *s);
// From code points; picks the narrowest kind.
KrObject *kr_str_from_ucs4(KrThread *ts, const uint32_t *cps, size_t n);
KrObject *kr_str_from_codepoint(KrThread *ts, uint32_t cp);   // chr()
// NUL-terminated UTF-8 view, valid while the str lives; NULL on error. len may be NULL.
const char *kr_str_utf8(KrThread *ts, KrObject *s, size_t *len);
static inline uint32_t kr_str_char_at(KrObject *s, intptr_t i) {
    return kr_str_read(KR_STR_KIND(s), KR_STR_DATA(s), i);
}
// Interning: returns the canonical str with this text (new reference).
KrObject *kr_str_intern(KrThread *ts, KrObject *s);            // steals s
KrObject *kr_str_intern_cstr(KrThread *ts, const char *s);
// The same for a string with static storage (a literal or a static table
// entry), faster when called again: the result is cached by address.
KrObject *kr_str_intern_literal(KrThread *ts, const char *literal);
KrHash kr_str_hash_value(KrObject *s);   // siphash13, as CPython with PYTHONHASHSEED=0
bool kr_str_equal(KrObject *a, KrObject *b);
bool kr_str_equal_cstr(KrObject *a, const char *s);
int kr_str_compare(KrObject *a, KrObject *b);  // -1/0/1 by code point
KrObject *kr_str_concat(KrThread *ts, KrObject *a, KrObject *b);
// Joins a sequence of str objects with a separator (str.join).
KrObject *kr_str_join(KrThread *ts, KrObject *sep, KrObject *const *items, size_t n);
KrObject *kr_str_repr(KrThread *ts, KrObject *s);  // with quotes, as CPython
KrObject *kr_str_ascii(KrThread *ts, KrObject *s); // ascii(): escapes non-ASCII
KrObject *kr_str_substr(KrThread *ts, KrObject *s, intptr_t start, intptr_t end);
KrObject *kr_str_format_spec(KrThread *ts, KrObject *s, KrObject *spec); // str.__format__

// A fresh, uninitialized str of `length` code units whose kind suits
// `maxchar`, which must be the exact largest code point the caller will write
// (strs are kept canonical: the narrowest kind, so equal texts hash alike).
KrObject *kr_str_new(KrThread *ts, intptr_t length, uint32_t maxchar);
// A str from code units of any kind, narrowed to its canonical kind; uses the
// empty and one-character caches.
KrObject *kr_str_from_kind(KrThread *ts, unsigned kind, const void *data, intptr_t len);
KrObject *kr_str_empty(KrThread *ts);  // new reference to the VM's ''
// A code point no smaller than any in s that has s's kind and ASCII-ness.
uint32_t kr_str_max_char(KrObject *s);
// Index of sub in s[start:end] (first, or last when `reverse`), -1 if absent;
// the bounds must already be clamped to [0, len(s)].
intptr_t kr_str_find(KrObject *s, KrObject *sub, intptr_t start, intptr_t end, bool reverse);
// Non-overlapping occurrences of sub in s[start:end], at most maxcount (-1: no limit).
intptr_t kr_str_count(KrObject *s, KrObject *sub, intptr_t start, intptr_t end, intptr_t maxcount);
// Registers the str methods: the table lives in str_methods.c.
extern const KrMethodDef kr_str_methods[];
// str % args (str_printf.c).
KrObject *kr_str_printf(KrThread *ts, KrObject *format, KrObject *args);
// Growable text builder for reprs and joins.
#define KR_SB_INLINE 24
typedef struct KrStrBuilder {
    uint32_t *buf;   // NULL, `small`, or a heap buffer
    size_t len, cap;
    uint32_t maxchar;
    bool failed;
    // Short results (a formatted number, a message) need no heap buffer.
    // A builder is a local that is never copied while in use (buf may point here).
    uint32_t small[KR_SB_INLINE];
} KrStrBuilder;
void kr_sb_init(KrStrBuilder *sb);
void kr_sb_add_cstr(KrThread *ts, KrStrBuilder *sb, const char *utf8);
void kr_sb_add_utf8(KrThread *ts, KrStrBuilder *sb, const char *utf8, size_t len);
void kr_sb_add_char(KrThread *ts, KrStrBuilder *sb, uint32_t cp);
void kr_sb_add_repeat(KrThread *ts, KrStrBuilder *sb, uint32_t cp, size_t n);
void kr_sb_add_str(KrThread *ts, KrStrBuilder *sb, KrObject *s);
void kr_sb_add_substr(KrThread *ts, KrStrBuilder *sb, KrObject *s, intptr_t start, intptr_t end); // s[start:end]
KrObject *kr_sb_finish(KrThread *ts, KrStrBuilder *sb); // new str; frees the buffer; NULL on failure
void kr_sb_discard(KrThread *ts, KrStrBuilder *sb);

// The str iterator types: iter("abc") is a str_ascii_iterator, iter("é") a str_iterator.
extern KrType kr_str_iter_type, kr_str_ascii_iter_type;

// One replacement field of the str.format syntax, as index ranges into the
// format string: name [name_start, name_end), conversion ('r', 's', 'a' or
// any other character for the caller to reject; 0 when absent), spec
// [spec_start, spec_end) (empty when absent) and whether the spec holds
// nested fields.
typedef struct KrFormatField {
    intptr_t name_start, name_end;
    uint32_t conversion;
    intptr_t spec_start, spec_end;
    bool expand;
} KrFormatField;
// Scans the field that starts after an opening '{' at *pos (fmt[*pos:end]),
// as CPython's MarkupIterator: *pos ends after its closing '}'. -1 with
// ValueError on malformed input. str.format and _string share it.
int kr_str_format_scan_field(KrThread *ts, KrObject *fmt, intptr_t *pos, intptr_t end, KrFormatField *f);

#endif
