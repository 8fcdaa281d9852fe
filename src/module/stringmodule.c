// SPDX-License-Identifier: MIT
// The _string module: the str.format parser exposed for string.Formatter.
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/unicode.h"
#include "../vm/vm.h"

// s[start:end] as a non-negative int when it is all decimal digits (any
// script's), else NULL with no exception (the key is a str then).
static KrObject *as_index_key(KrThread *ts, KrObject *s, intptr_t start, intptr_t end) {
    if (start >= end) {
        return NULL;
    }
    char *digits = kr_mem_alloc(ts, (size_t)(end - start) + 1);
    if (!digits) {
        return NULL;
    }
    for (intptr_t i = start; i < end; i++) {
        int d = kr_unicode_decimal(kr_str_char_at(s, i));
        if (d < 0) {
            kr_mem_free(ts, digits);
            return NULL;
        }
        digits[i - start] = (char)('0' + d);
    }
    KrObject *n = kr_int_from_string(ts, digits, (size_t)(end - start), 10);
    kr_mem_free(ts, digits);
    return n;
}

// An int key for digits, else the str itself.
static KrObject *field_key(KrThread *ts, KrObject *s, intptr_t start, intptr_t end) {
    KrObject *n = as_index_key(ts, s, start, end);
    if (n || kr_err_occurred(ts)) {
        return n;
    }
    return kr_str_substr(ts, s, start, end);
}

static int check_str(KrThread *ts, KrObject *o) {
    if (!kr_str_check(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "expected str, got %T", o);
        return -1;
    }
    return 0;
}

// Appends (literal, name, spec, conversion) to out (stealing the items).
static int add_chunk(KrThread *ts, KrObject *out, KrObject *lit, KrObject *name, KrObject *spec, KrObject *conv) {
    KrObject *t = lit && name && spec && conv ? kr_tuple_pack(ts, 4, lit, name, spec, conv) : NULL;
    int rc = t ? kr_list_append(ts, out, t) : -1;
    KR_XDECREF(ts, t);
    KR_XDECREF(ts, lit);
    KR_XDECREF(ts, name);
    KR_XDECREF(ts, spec);
    KR_XDECREF(ts, conv);
    return rc;
}

// formatter_parser(str): the (literal_text, field_name, format_spec,
// conversion) chunks of a format string. A doubled brace ends a literal
// chunk with one brace, as CPython's MarkupIterator does.
static KrObject *string_formatter_parser(KrThread *ts, KrObject *self, KrObject *s) {
    (void)self;
    if (check_str(ts, s) < 0) {
        return NULL;
    }
    KrObject *out = kr_list_new(ts, 0);
    intptr_t end = KR_STR_LEN(s), i = 0;
    while (out && i < end) {
        intptr_t lit_start = i, lit_end = -1;
        bool field = false;
        while (i < end) {
            uint32_t c = kr_str_char_at(s, i++);
            if (c != '{' && c != '}') {
                continue;
            }
            if (i < end && kr_str_char_at(s, i) == c) {
                lit_end = i++; // keep one brace, skip its twin
                break;
            }
            if (c == '}') {
                kr_err_set_str(ts, &kr_exc_ValueError, "Single '}' encountered in format string");
                goto error;
            }
            if (i >= end) {
                kr_err_set_str(ts, &kr_exc_ValueError, "Single '{' encountered in format string");
                goto error;
            }
            lit_end = i - 1;
            field = true;
            break;
        }
        if (lit_end < 0) {
            lit_end = i;
        }
        KrObject *lit = kr_str_substr(ts, s, lit_start, lit_end);
        if (!field) {
            if (add_chunk(ts, out, lit, KR_INCREF(KR_NONE), KR_INCREF(KR_NONE), KR_INCREF(KR_NONE)) < 0) {
                goto error;
            }
            continue;
        }
        KrFormatField f;
        if (kr_str_format_scan_field(ts, s, &i, end, &f) < 0) {
            KR_XDECREF(ts, lit);
            goto error;
        }
        KrObject *name = kr_str_substr(ts, s, f.name_start, f.name_end);
        KrObject *spec = kr_str_substr(ts, s, f.spec_start, f.spec_end);
        KrObject *conv = f.conversion ? kr_str_from_codepoint(ts, f.conversion) : KR_INCREF(KR_NONE);
        if (add_chunk(ts, out, lit, name, spec, conv) < 0) {
            goto error;
        }
    }
    if (!out) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, out);
    KR_DECREF(ts, out);
    return it;
error:
    KR_XDECREF(ts, out);
    return NULL;
}

// formatter_field_name_split(str) -> (first, iterator of (is_attribute, key))
static KrObject *string_formatter_field_name_split(KrThread *ts, KrObject *self, KrObject *s) {
    (void)self;
    if (check_str(ts, s) < 0) {
        return NULL;
    }
    intptr_t end = KR_STR_LEN(s), i = 0;
    while (i < end && kr_str_char_at(s, i) != '.' && kr_str_char_at(s, i) != '[') {
        i++;
    }
    KrObject *first = field_key(ts, s, 0, i);
    if (!first) {
        return NULL;
    }
    KrObject *rest = kr_list_new(ts, 0), *it = NULL, *r = NULL;
    while (rest && i < end) {
        uint32_t c = kr_str_char_at(s, i++);
        intptr_t start = i;
        KrObject *key;
        if (c == '.') {
            while (i < end && kr_str_char_at(s, i) != '.' && kr_str_char_at(s, i) != '[') {
                i++;
            }
            key = i > start ? kr_str_substr(ts, s, start, i) : NULL;
        } else if (c == '[') {
            while (i < end && kr_str_char_at(s, i) != ']') {
                i++;
            }
            if (i == end) {
                kr_err_set_str(ts, &kr_exc_ValueError, "Missing ']' in format string");
                goto done;
            }
            key = i > start ? field_key(ts, s, start, i) : NULL;
            i++;
        } else {
            kr_err_set_str(ts, &kr_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            goto done;
        }
        if (!key) {
            if (!kr_err_occurred(ts)) {
                kr_err_set_str(ts, &kr_exc_ValueError, "Empty attribute in format string");
            }
            goto done;
        }
        KrObject *pair = kr_tuple_pack(ts, 2, KR_BOOL(c == '.'), key);
        KR_DECREF(ts, key);
        if (!pair || kr_list_append(ts, rest, pair) < 0) {
            KR_XDECREF(ts, pair);
            goto done;
        }
        KR_DECREF(ts, pair);
    }
    if (rest && (it = kr_iter(ts, rest)) != NULL) {
        r = kr_tuple_pack(ts, 2, first, it);
    }
done:
    KR_XDECREF(ts, it);
    KR_XDECREF(ts, rest);
    KR_DECREF(ts, first);
    return r;
}

static const KrMethodDef string_functions[] = {
    {"formatter_field_name_split", string_formatter_field_name_split, KR_METH_O, false, false,
     "split the argument as a field name"},
    {"formatter_parser", string_formatter_parser, KR_METH_O, false, false,
     "parse the argument as a format string"},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_string_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "_string");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (m && kr_module_add_functions(ts, m, string_functions) < 0) {
        KR_CLEAR(ts, m);
    }
    return m;
}
