// SPDX-License-Identifier: MIT
// str.format / str.format_map (the replacement-field syntax) and str.__format__.
#include "../vm/vm.h"
#include "containers.h"
#include "exc.h"
#include "formatspec.h"
#include "int.h"
#include "str.h"
#include "str_impl.h"
#include "unicode.h"

// ---- str.__format__ -------------------------------------------------------------------

KrObject *kr_str_format_spec(KrThread *ts, KrObject *s, KrObject *specobj) {
    if (!specobj || KR_STR_LEN(specobj) == 0) {
        // As CPython: an empty spec formats a subclass instance with its own __str__.
        return kr_str(ts, s);
    }
    KrFormatSpec spec;
    if (kr_format_spec_parse_for(ts, specobj, s, '<', &spec) < 0) {
        return NULL;
    }
    if (spec.type != 0 && spec.type != 's') {
        return kr_format_spec_unknown_code(ts, &spec, s);
    }
    if (spec.sign) {
        kr_err_set_str(ts, &kr_exc_ValueError, spec.sign == ' ' ? "Space not allowed in string format specifier"
                                                               : "Sign not allowed in string format specifier");
        return NULL;
    }
    if (spec.no_neg_zero) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        return NULL;
    }
    if (spec.alternate) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (spec.align == '=') {
        kr_err_set_str(ts, &kr_exc_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    intptr_t len = KR_STR_LEN(s);
    if (spec.precision >= 0 && spec.precision < len) {
        len = spec.precision;
    }
    KrObject *body = kr_str_substr(ts, s, 0, len);
    if (!body) {
        return NULL;
    }
    KrObject *r = kr_format_spec_pad(ts, &spec, NULL, body, '<');
    KR_DECREF(ts, body);
    return r;
}

KrObject *kr_str_format_dunder(KrThread *ts, KrObject *self, KrObject *spec) {
    if (!kr_str_check(spec)) {
        kr_err_format(ts, &kr_exc_TypeError, "__format__() argument must be str, not %s",
                      kr_arg_type_name(spec));
        return NULL;
    }
    // An empty spec gives str(self): a subclass's __str__ is honoured.
    if (KR_STR_LEN(spec) == 0 && !kr_str_check_exact(self)) {
        return kr_str(ts, self);
    }
    return kr_str_format_spec(ts, self, spec);
}

// ---- str.format ---------------------------------------------------------------------------

// Auto-numbering state: whether fields are numbered '{}' or '{0}' (never both).
typedef struct AutoNumber {
    int state; // 0: not yet known, 1: automatic, 2: manual
    intptr_t next;
} AutoNumber;

typedef struct FormatCtx {
    KrObject *fmt;    // the str being parsed
    KrObject *args;   // tuple, or NULL for format_map
    KrObject *kwargs; // mapping or NULL
    AutoNumber an;
} FormatCtx;

static uint32_t ch(FormatCtx *c, intptr_t i) {
    return kr_str_char_at(c->fmt, i);
}

// The decimal value of fmt[start:end]: -1 if it is not all digits (or empty),
// -2 on overflow with ValueError set.
static intptr_t get_integer(KrThread *ts, FormatCtx *c, intptr_t start, intptr_t end) {
    if (start >= end) {
        return -1;
    }
    intptr_t acc = 0;
    for (intptr_t i = start; i < end; i++) {
        int d = kr_unicode_decimal(ch(c, i));
        if (d < 0) {
            return -1;
        }
        if (acc > (INTPTR_MAX - d) / 10) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

// Looks up obj[key] where key is fmt[start:end] as an int (all digits) or a str.
static KrObject *get_item(KrThread *ts, FormatCtx *c, KrObject *obj, intptr_t start, intptr_t end) {
    intptr_t idx = get_integer(ts, c, start, end);
    if (idx == -2) {
        return NULL;
    }
    KrObject *key = idx >= 0 ? kr_int_from_i64(ts, idx) : kr_str_substr(ts, c->fmt, start, end);
    if (!key) {
        return NULL;
    }
    KrObject *r = kr_getitem(ts, obj, key);
    KR_DECREF(ts, key);
    return r;
}

// Resolves the field name fmt[start:end] ("0", "name", "0.attr[key]", "") to an object.
static KrObject *get_field_object(KrThread *ts, FormatCtx *c, intptr_t start, intptr_t end) {
    intptr_t i = start;
    while (i < end && ch(c, i) != '.' && ch(c, i) != '[') {
        i++;
    }
    intptr_t index = get_integer(ts, c, start, i);
    if (index == -2) {
        return NULL;
    }
    bool empty = i == start;
    if (empty || index != -1) {
        if (c->an.state == 0) {
            c->an.state = empty ? 1 : 2;
        }
        if (c->an.state == 2 && empty) {
            kr_err_set_str(ts, &kr_exc_ValueError,
                           "cannot switch from manual field specification to automatic field numbering");
            return NULL;
        }
        if (c->an.state == 1 && !empty) {
            kr_err_set_str(ts, &kr_exc_ValueError,
                           "cannot switch from automatic field numbering to manual field specification");
            return NULL;
        }
        if (empty) {
            index = c->an.next++;
        }
    }
    KrObject *obj;
    if (index == -1) {
        KrObject *key = kr_str_substr(ts, c->fmt, start, i);
        if (!key) {
            return NULL;
        }
        if (!c->kwargs) {
            kr_err_set_type(ts, &kr_exc_KeyError, key);
            KR_DECREF(ts, key);
            return NULL;
        }
        obj = kr_getitem(ts, c->kwargs, key);
        KR_DECREF(ts, key);
    } else {
        if (!c->args) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Format string contains positional fields");
            return NULL;
        }
        if (index >= KR_TUPLE_SIZE(c->args)) {
            kr_err_format(ts, &kr_exc_IndexError, "Replacement index %zd out of range for positional args tuple",
                          (size_t)index);
            return NULL;
        }
        obj = KR_TUPLE_GET(c->args, index);
        KR_INCREF(obj);
    }
    while (obj && i < end) {
        uint32_t k = ch(c, i++);
        intptr_t nstart = i;
        KrObject *next;
        if (k == '.') {
            while (i < end && ch(c, i) != '.' && ch(c, i) != '[') {
                i++;
            }
            if (i == nstart) {
                kr_err_set_str(ts, &kr_exc_ValueError, "Empty attribute in format string");
                goto error;
            }
            KrObject *name = kr_str_substr(ts, c->fmt, nstart, i);
            if (!name) {
                goto error;
            }
            next = kr_getattr(ts, obj, name);
            KR_DECREF(ts, name);
        } else if (k == '[') {
            while (i < end && ch(c, i) != ']') {
                i++;
            }
            if (i == end) {
                kr_err_set_str(ts, &kr_exc_ValueError, "Missing ']' in format string");
                goto error;
            }
            if (i == nstart) {
                kr_err_set_str(ts, &kr_exc_ValueError, "Empty attribute in format string");
                goto error;
            }
            next = get_item(ts, c, obj, nstart, i);
            i++;
        } else {
            kr_err_set_str(ts, &kr_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            goto error;
        }
        KR_DECREF(ts, obj);
        obj = next;
    }
    return obj;
error:
    KR_DECREF(ts, obj);
    return NULL;
}

static int build(KrThread *ts, FormatCtx *c, intptr_t start, intptr_t end, int depth, KrStrBuilder *sb);

// Formats one replacement field and appends it.
static int output_field(KrThread *ts, FormatCtx *c, intptr_t name_start, intptr_t name_end, uint32_t conversion,
                        intptr_t spec_start, intptr_t spec_end, bool expand, int depth, KrStrBuilder *sb) {
    KrObject *obj = get_field_object(ts, c, name_start, name_end);
    KrObject *spec = NULL, *r = NULL;
    if (!obj) {
        return -1;
    }
    if (conversion) {
        KrObject *conv;
        if (conversion == 'r') {
            conv = kr_repr(ts, obj);
        } else if (conversion == 's') {
            conv = kr_str(ts, obj);
        } else if (conversion == 'a') {
            conv = kr_ascii(ts, obj);
        } else {
            if (conversion > 32 && conversion < 127) {
                kr_err_format(ts, &kr_exc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            } else {
                kr_err_format(ts, &kr_exc_ValueError, "Unknown conversion specifier \\x%x", (unsigned)conversion);
            }
            conv = NULL;
        }
        KR_DECREF(ts, obj);
        obj = conv;
        if (!obj) {
            return -1;
        }
    }
    if (expand) {
        KrStrBuilder inner;
        kr_sb_init(&inner);
        if (build(ts, c, spec_start, spec_end, depth - 1, &inner) < 0) {
            kr_sb_discard(ts, &inner);
            goto done;
        }
        spec = kr_sb_finish(ts, &inner);
    } else {
        spec = kr_str_substr(ts, c->fmt, spec_start, spec_end);
    }
    if (!spec) {
        goto done;
    }
    if (kr_str_check_exact(obj) && KR_STR_LEN(spec) == 0) {
        kr_sb_add_str(ts, sb, obj);
        KR_DECREF(ts, spec);
        KR_DECREF(ts, obj);
        return 0;
    }
    r = kr_format(ts, obj, spec);
    if (r) {
        kr_sb_add_str(ts, sb, r);
        KR_DECREF(ts, r);
    }
done:
    KR_XDECREF(ts, spec);
    KR_DECREF(ts, obj);
    return r ? 0 : -1;
}

int kr_str_format_scan_field(KrThread *ts, KrObject *fmt, intptr_t *pos, intptr_t end, KrFormatField *f) {
    intptr_t i = *pos;
    uint32_t k = 0;
    f->name_start = i;
    f->conversion = 0;
    f->spec_start = f->spec_end = 0;
    f->expand = false;
    while (i < end) {
        k = kr_str_char_at(fmt, i++);
        if (k == '{') {
            kr_err_set_str(ts, &kr_exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (k == '[') {
            while (i < end && kr_str_char_at(fmt, i) != ']') {
                i++;
            }
            continue;
        }
        if (k == '}' || k == ':' || k == '!') {
            break;
        }
    }
    f->name_end = i - 1;
    if (k == '!' || k == ':') {
        if (k == '!') {
            if (i >= end) {
                kr_err_set_str(ts, &kr_exc_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            f->conversion = kr_str_char_at(fmt, i++);
            if (i < end) {
                uint32_t n = kr_str_char_at(fmt, i++);
                if (n == '}') {
                    *pos = i;
                    return 0;
                }
                if (n != ':') {
                    kr_err_set_str(ts, &kr_exc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        f->spec_start = i;
        int count = 1;
        while (i < end) {
            uint32_t n = kr_str_char_at(fmt, i++);
            if (n == '{') {
                f->expand = true;
                count++;
            } else if (n == '}' && --count == 0) {
                f->spec_end = i - 1;
                *pos = i;
                return 0;
            }
        }
        kr_err_set_str(ts, &kr_exc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (k != '}') {
        kr_err_set_str(ts, &kr_exc_ValueError, "expected '}' before end of string");
        return -1;
    }
    *pos = i;
    return 0;
}

// Parses the field after an opening '{' at *pos and outputs it; *pos ends
// after the closing '}'.
static int parse_field(KrThread *ts, FormatCtx *c, intptr_t *pos, intptr_t end, int depth, KrStrBuilder *sb) {
    KrFormatField f;
    if (kr_str_format_scan_field(ts, c->fmt, pos, end, &f) < 0) {
        return -1;
    }
    return output_field(ts, c, f.name_start, f.name_end, f.conversion, f.spec_start, f.spec_end, f.expand, depth, sb);
}

// Expands fmt[start:end] into sb: literal text with {{ }} escapes and fields.
static int build(KrThread *ts, FormatCtx *c, intptr_t start, intptr_t end, int depth, KrStrBuilder *sb) {
    if (depth <= 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    intptr_t i = start;
    while (i < end) {
        uint32_t k = ch(c, i++);
        if (k != '{' && k != '}') {
            kr_sb_add_char(ts, sb, k);
            continue;
        }
        bool at_end = i >= end;
        if (k == '}') {
            if (at_end || ch(c, i) != '}') {
                kr_err_set_str(ts, &kr_exc_ValueError, "Single '}' encountered in format string");
                return -1;
            }
            i++;
            kr_sb_add_char(ts, sb, '}');
            continue;
        }
        if (at_end) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (ch(c, i) == '{') {
            i++;
            kr_sb_add_char(ts, sb, '{');
            continue;
        }
        if (parse_field(ts, c, &i, end, depth, sb) < 0) {
            return -1;
        }
    }
    return sb->failed ? -1 : 0;
}

static KrObject *do_format(KrThread *ts, KrObject *self, KrObject *args, KrObject *kwargs) {
    FormatCtx c = {self, args, kwargs, {0, 0}};
    KrStrBuilder sb;
    kr_sb_init(&sb);
    // PEP 3101 allows one level of nesting in format specs: '{0:{1}}'.
    if (build(ts, &c, 0, KR_STR_LEN(self), 2, &sb) < 0) {
        kr_sb_discard(ts, &sb);
        return NULL;
    }
    return kr_sb_finish(ts, &sb);
}

KrObject *kr_str_format_call(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *tuple = kr_tuple_from_array(ts, args, (intptr_t)nargs);
    KrObject *kwargs = NULL, *r = NULL;
    if (!tuple) {
        return NULL;
    }
    intptr_t nk = kwnames ? KR_TUPLE_SIZE(kwnames) : 0;
    if (nk > 0) {
        kwargs = kr_dict_new(ts);
        if (!kwargs) {
            goto done;
        }
        for (intptr_t k = 0; k < nk; k++) {
            if (kr_dict_set_item(ts, kwargs, KR_TUPLE_GET(kwnames, k), args[nargs + (size_t)k]) < 0) {
                goto done;
            }
        }
    }
    r = do_format(ts, self, tuple, kwargs);
done:
    KR_DECREF(ts, tuple);
    KR_XDECREF(ts, kwargs);
    return r;
}

KrObject *kr_str_format_map(KrThread *ts, KrObject *self, KrObject *mapping) {
    return do_format(ts, self, NULL, mapping);
}
