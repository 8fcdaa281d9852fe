// SPDX-License-Identifier: MIT
// The unicodedata module: character properties, names and normalization (Unicode 14.0.0).
#include <stdio.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/unicode.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"
#include "unicodedata_db.h"

#define NRUNS ((int)(sizeof kr_ucd_runs / sizeof kr_ucd_runs[0]))
#define NOLDRUNS ((int)(sizeof kr_ucd_old_runs / sizeof kr_ucd_old_runs[0]))
#define NDECOMP ((int)(sizeof kr_ucd_decomp_keys / sizeof kr_ucd_decomp_keys[0]))

// Hangul syllables decompose algorithmically (their mapping is not in the table).
#define SBASE 0xAC00
#define LBASE 0x1100
#define VBASE 0x1161
#define TBASE 0x11A7
#define TCOUNT 28
#define NCOUNT (21 * TCOUNT)
#define SCOUNT (19 * NCOUNT)

extern KrType kr_ucd_type;

// The record index of cp in a runs table (first code point << 11 | record).
static unsigned run_record(const uint32_t *runs, int n, uint32_t cp) {
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if ((runs[mid] >> 11) <= cp) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return runs[lo] & 0x7FF;
}

// The properties of cp: Unicode 3.2.0's when `self` is the ucd_3_2_0 object
// (the functions are both module functions and UCD methods, as in CPython).
static const KrUcdRecord *record_of(KrObject *self, uint32_t cp) {
    if (self && KR_TYPE(self) == &kr_ucd_type) {
        unsigned r = run_record(kr_ucd_old_runs, NOLDRUNS, cp);
        if (r != 0x7FF) {
            return &kr_ucd_records[r];
        }
    }
    return &kr_ucd_records[run_record(kr_ucd_runs, NRUNS, cp)];
}

// Whether cp is unassigned in ucd_3_2_0 (its functions then treat it as unknown).
static bool old_unassigned(KrObject *self, uint32_t cp) {
    return self && KR_TYPE(self) == &kr_ucd_type && strcmp(kr_ucd_categories[record_of(self, cp)->category], "Cn") == 0;
}

// The decomposition entry of cp (tag << 8 | count, then code points), or NULL.
static const uint32_t *decomp_entry(uint32_t cp) {
    int lo = 0, hi = NDECOMP - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (kr_ucd_decomp_keys[mid] == cp) {
            return &kr_ucd_decomp_data[kr_ucd_decomp_offsets[mid]];
        }
        if (kr_ucd_decomp_keys[mid] < cp) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return NULL;
}

// The one character of a property function's argument. `numbered` words the
// error as the two-argument functions do ("name() argument 1 must be ...").
static int64_t char_arg(KrThread *ts, const char *fname, KrObject *o, bool numbered) {
    if (!kr_str_check(o) || KR_STR_LEN(o) != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() argument %smust be a unicode character, not %s", fname,
                      numbered ? "1 " : "", kr_arg_type_name(o));
        return -1;
    }
    return kr_str_char_at(o, 0);
}

// The argument of a one-argument function (CPython's METH_O wording).
static int64_t one_char(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "unicodedata.%s() takes no keyword arguments", fname);
        return -1;
    }
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "unicodedata.%s() takes exactly one argument (%zu given)", fname, nargs);
        return -1;
    }
    return char_arg(ts, fname, args[0], false);
}

// (chr, default=<none>) of name, decimal, digit and numeric.
static int64_t char_default(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs,
                            KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, fname, kwnames) < 0 || kr_modsupport_nargs(ts, fname, nargs, 1, 2) < 0) {
        return -1;
    }
    return char_arg(ts, fname, args[0], true);
}

// The default argument when given, else ValueError(msg).
static KrObject *default_or(KrThread *ts, KrObject *const *args, size_t nargs, const char *msg) {
    if (nargs > 1) {
        return KR_INCREF(args[1]);
    }
    kr_err_set_str(ts, &kr_exc_ValueError, msg);
    return NULL;
}

#define UCD_FN(fn) static KrObject *fn(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)

UCD_FN(ucd_category) {
    int64_t cp = one_char(ts, "category", args, nargs, kwnames);
    return cp < 0 ? NULL : kr_str_from_cstr(ts, kr_ucd_categories[record_of(self, (uint32_t)cp)->category]);
}

UCD_FN(ucd_bidirectional) {
    int64_t cp = one_char(ts, "bidirectional", args, nargs, kwnames);
    return cp < 0 ? NULL : kr_str_from_cstr(ts, kr_ucd_bidirectionals[record_of(self, (uint32_t)cp)->bidirectional]);
}

UCD_FN(ucd_east_asian_width) {
    int64_t cp = one_char(ts, "east_asian_width", args, nargs, kwnames);
    return cp < 0 ? NULL : kr_str_from_cstr(ts, kr_ucd_east_asian_widths[record_of(self, (uint32_t)cp)->east_asian_width]);
}

UCD_FN(ucd_combining) {
    int64_t cp = one_char(ts, "combining", args, nargs, kwnames);
    return cp < 0 ? NULL : kr_int_from_i64(ts, record_of(self, (uint32_t)cp)->combining);
}

UCD_FN(ucd_mirrored) {
    int64_t cp = one_char(ts, "mirrored", args, nargs, kwnames);
    return cp < 0 ? NULL : kr_int_from_i64(ts, record_of(self, (uint32_t)cp)->mirrored);
}

UCD_FN(ucd_decomposition) {
    int64_t cp = one_char(ts, "decomposition", args, nargs, kwnames);
    if (cp < 0) {
        return NULL;
    }
    const uint32_t *d = old_unassigned(self, (uint32_t)cp) ? NULL : decomp_entry((uint32_t)cp);
    if (!d) {
        return kr_str_empty(ts);
    }
    char buf[256];
    size_t n = 0;
    const char *tag = kr_ucd_decomp_tags[d[0] >> 8];
    n += (size_t)snprintf(buf, sizeof buf, "%s", tag);
    for (uint32_t i = 1; i <= (d[0] & 0xFF); i++) {
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%04X", n ? " " : "", (unsigned)d[i]);
    }
    return kr_str_from_utf8(ts, buf, n);
}

UCD_FN(ucd_decimal) {
    int64_t cp = char_default(ts, "decimal", args, nargs, kwnames);
    if (cp < 0) {
        return NULL;
    }
    int v = record_of(self, (uint32_t)cp)->decimal;
    return v >= 0 ? kr_int_from_i64(ts, v) : default_or(ts, args, nargs, "not a decimal");
}

UCD_FN(ucd_digit) {
    int64_t cp = char_default(ts, "digit", args, nargs, kwnames);
    if (cp < 0) {
        return NULL;
    }
    int v = record_of(self, (uint32_t)cp)->digit;
    return v >= 0 ? kr_int_from_i64(ts, v) : default_or(ts, args, nargs, "not a digit");
}

UCD_FN(ucd_numeric) {
    int64_t cp = char_default(ts, "numeric", args, nargs, kwnames);
    if (cp < 0) {
        return NULL;
    }
    unsigned v = record_of(self, (uint32_t)cp)->numeric;
    return v != 0xFFFF ? kr_float_from_double(ts, kr_ucd_numerics[v])
                       : default_or(ts, args, nargs, "not a numeric character");
}

UCD_FN(ucd_name) {
    int64_t cp = char_default(ts, "name", args, nargs, kwnames);
    if (cp < 0) {
        return NULL;
    }
    char buf[KR_UNICODE_NAME_MAX + 1];
    size_t n = old_unassigned(self, (uint32_t)cp) ? 0 : kr_unicode_names_name_of((uint32_t)cp, buf);
    return n ? kr_str_from_utf8(ts, buf, n) : default_or(ts, args, nargs, "no such name");
}

// Is name (any case) cp's own name rather than an alias?
static bool is_own_name(uint32_t cp, const char *name, size_t len) {
    char buf[KR_UNICODE_NAME_MAX + 1];
    size_t n = kr_unicode_names_name_of(cp, buf);
    if (n != len) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char c = name[i] >= 'a' && name[i] <= 'z' ? (char)(name[i] - 32) : name[i];
        if (c != buf[i]) {
            return false;
        }
    }
    return true;
}

UCD_FN(ucd_lookup) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "unicodedata.lookup() takes no keyword arguments");
        return NULL;
    }
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "unicodedata.lookup() takes exactly one argument (%zu given)", nargs);
        return NULL;
    }
    const char *name;
    intptr_t len;
    if (kr_str_check(args[0])) {
        size_t ulen;
        name = kr_str_utf8(ts, args[0], &ulen);
        if (!name) {
            return NULL;
        }
        len = (intptr_t)ulen;
    } else if (kr_bytes_buffer_req(ts, args[0], &name, &len) < 0) {
        return NULL;
    }
    if (len > 256) {
        kr_err_set_str(ts, &kr_exc_KeyError, "name too long");
        return NULL;
    }
    int64_t cp = kr_unicode_names_lookup(name, (size_t)len);
    bool old = self && KR_TYPE(self) == &kr_ucd_type;
    if (cp >= 0 && old && (old_unassigned(self, (uint32_t)cp) || !is_own_name((uint32_t)cp, name, (size_t)len))) {
        cp = -1; // Unicode 3.2.0 knew no aliases and no later characters
    }
    if (cp >= 0) {
        return kr_str_from_codepoint(ts, (uint32_t)cp);
    }
    uint32_t seq[16];
    int n = old ? -1 : kr_unicode_names_sequence(name, (size_t)len, seq, 16);
    if (n >= 0) {
        return kr_str_from_ucs4(ts, seq, (size_t)n);
    }
    KrObject *text = kr_str_from_utf8(ts, name, (size_t)len);
    if (text) {
        kr_err_format(ts, &kr_exc_KeyError, "undefined character name '%U'", text);
        KR_DECREF(ts, text);
    }
    return NULL;
}

// ---- normalization --------------------------------------------------------------------

// Appends the full decomposition of cp (canonical only unless `compat`) to out.
static size_t decompose(KrObject *self, uint32_t cp, bool compat, uint32_t *out) {
    if (old_unassigned(self, cp)) {
        out[0] = cp;
        return 1;
    }
    if (cp >= SBASE && cp < SBASE + SCOUNT) {
        uint32_t s = cp - SBASE;
        size_t n = 0;
        out[n++] = LBASE + s / NCOUNT;
        out[n++] = VBASE + (s % NCOUNT) / TCOUNT;
        if (s % TCOUNT) {
            out[n++] = TBASE + s % TCOUNT;
        }
        return n;
    }
    const uint32_t *d = cp < 0xA0 ? NULL : decomp_entry(cp);
    if (!d || (!compat && (d[0] >> 8) != 0)) {
        out[0] = cp;
        return 1;
    }
    // Mappings nest a few levels deep at most (the data has no cycles).
    size_t n = 0;
    for (uint32_t i = 1; i <= (d[0] & 0xFF); i++) {
        n += decompose(self, d[i], compat, out + n);
    }
    return n;
}

// The form's (compat, compose) flags; -1 with ValueError for an unknown form.
static int parse_form(KrThread *ts, KrObject *const *args, size_t nargs, KrObject *kwnames, const char *fname,
                      bool *compat, bool *compose) {
    if (kr_modsupport_no_kwargs(ts, fname, kwnames) < 0 || kr_modsupport_nargs(ts, fname, nargs, 2, 2) < 0) {
        return -1;
    }
    for (int i = 0; i < 2; i++) {
        if (!kr_str_check(args[i])) {
            kr_err_format(ts, &kr_exc_TypeError, "%s() argument %d must be str, not %s", fname, i + 1,
                          kr_arg_type_name(args[i]));
            return -1;
        }
    }
    static const char *const forms[] = {"NFC", "NFKC", "NFD", "NFKD"};
    for (int i = 0; i < 4; i++) {
        if (kr_str_equal_cstr(args[0], forms[i])) {
            *compat = i % 2 == 1;
            *compose = i < 2;
            return 0;
        }
    }
    kr_err_set_str(ts, &kr_exc_ValueError, "invalid normalization form");
    return -1;
}

// The normalized form of s (s itself when nothing changes).
static KrObject *normalized(KrThread *ts, KrObject *self, KrObject *s, bool compat, bool compose) {
    intptr_t n = KR_STR_LEN(s);
    if (((KrStr *)s)->ascii) {
        return KR_INCREF(s);
    }
    // No mapping expands one character to more than 18.
    uint32_t *buf = kr_mem_alloc(ts, ((size_t)n * 18 + 1) * sizeof(uint32_t));
    if (!buf) {
        return NULL;
    }
    size_t m = 0;
    for (intptr_t i = 0; i < n; i++) {
        m += decompose(self, kr_str_char_at(s, i), compat, buf + m);
    }
    m = kr_unicode_reorder_compose(buf, m, compose);
    bool same = m == (size_t)n;
    for (size_t i = 0; same && i < m; i++) {
        same = buf[i] == kr_str_char_at(s, (intptr_t)i);
    }
    KrObject *r = same ? KR_INCREF(s) : kr_str_from_ucs4(ts, buf, m);
    kr_mem_free(ts, buf);
    return r;
}

UCD_FN(ucd_normalize) {
    bool compat, compose;
    if (parse_form(ts, args, nargs, kwnames, "normalize", &compat, &compose) < 0) {
        return NULL;
    }
    return normalized(ts, self, args[1], compat, compose);
}

UCD_FN(ucd_is_normalized) {
    bool compat, compose;
    if (parse_form(ts, args, nargs, kwnames, "is_normalized", &compat, &compose) < 0) {
        return NULL;
    }
    KrObject *r = normalized(ts, self, args[1], compat, compose);
    if (!r) {
        return NULL;
    }
    bool same = r == args[1];
    KR_DECREF(ts, r);
    return kr_bool_from(same);
}

static const KrMethodDef ucd_functions[] = {
    {"bidirectional", (void *)ucd_bidirectional, KR_METH_VARARGS, false, false,
     "Returns the bidirectional class assigned to the character chr as string."},
    {"category", (void *)ucd_category, KR_METH_VARARGS, false, false,
     "Returns the general category assigned to the character chr as string."},
    {"combining", (void *)ucd_combining, KR_METH_VARARGS, false, false,
     "Returns the canonical combining class assigned to the character chr as integer."},
    {"decimal", (void *)ucd_decimal, KR_METH_VARARGS, false, false,
     "Converts a Unicode character into its equivalent decimal value."},
    {"decomposition", (void *)ucd_decomposition, KR_METH_VARARGS, false, false,
     "Returns the character decomposition mapping assigned to the character chr as string."},
    {"digit", (void *)ucd_digit, KR_METH_VARARGS, false, false,
     "Converts a Unicode character into its equivalent digit value."},
    {"east_asian_width", (void *)ucd_east_asian_width, KR_METH_VARARGS, false, false,
     "Returns the east asian width assigned to the character chr as string."},
    {"is_normalized", (void *)ucd_is_normalized, KR_METH_VARARGS, false, false,
     "Return whether the Unicode string unistr is in the normal form 'form'."},
    {"lookup", (void *)ucd_lookup, KR_METH_VARARGS, false, false, "Look up character by name."},
    {"mirrored", (void *)ucd_mirrored, KR_METH_VARARGS, false, false,
     "Returns the mirrored property assigned to the character chr as integer."},
    {"name", (void *)ucd_name, KR_METH_VARARGS, false, false, "Returns the name assigned to the character chr as a string."},
    {"normalize", (void *)ucd_normalize, KR_METH_VARARGS, false, false,
     "Return the normal form 'form' for the Unicode string unistr."},
    {"numeric", (void *)ucd_numeric, KR_METH_VARARGS, false, false,
     "Converts a Unicode character into its equivalent numeric value."},
    {NULL, NULL, 0, false, false, NULL},
};

// unicodedata.UCD: the type of ucd_3_2_0, whose methods are the module's
// functions answering for Unicode 3.2.0 (IDNA's nameprep and stringprep).
static KrObject *get_version(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_str_from_cstr(ts, "3.2.0");
}

static const KrGetSetDef ucd_getsets[] = {
    {"unidata_version", get_version, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static void ucd_dealloc(KrThread *ts, KrObject *self) {
    kr_object_free(ts, self);
}

KrType kr_ucd_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "unicodedata.UCD",
    .basicsize = sizeof(KrObject),
    .dealloc = ucd_dealloc,
    .methods = ucd_functions,
    .getsets = ucd_getsets,
};

KrObject *kr_unicodedata_module_create(KrThread *ts) {
    KrObject *m = kr_modsupport_module(ts, "unicodedata",
                                       "This module provides access to the Unicode Character Database which\n"
                                       "defines character properties for all Unicode characters. The data in\n"
                                       "this database is based on the UnicodeData.txt file version\n"
                                       KR_UCD_VERSION " which is publicly available from ftp://ftp.unicode.org/.\n",
                                       ucd_functions, NULL);
    if (!m || kr_modsupport_add(ts, m, "unidata_version", kr_str_from_cstr(ts, KR_UCD_VERSION)) < 0 ||
        kr_modsupport_add(ts, m, "UCD", KR_INCREF(&kr_ucd_type)) < 0 ||
        kr_modsupport_add(ts, m, "ucd_3_2_0", kr_object_alloc(ts, &kr_ucd_type, sizeof(KrObject))) < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
