// SPDX-License-Identifier: MIT
// The format-spec mini-language: parsing and the padding shared by __format__ methods.
#include "formatspec.h"

#include <string.h>

#include "../vm/vm.h"
#include "exc.h"
#include "str.h"

static bool is_align(uint32_t c) {
    return c == '<' || c == '>' || c == '^' || c == '=';
}

// Reads decimal digits at *pos; -1 when there are none, -2 on overflow (error set).
static intptr_t read_number(KrThread *ts, KrObject *spec, intptr_t *pos, intptr_t end) {
    intptr_t v = 0, start = *pos;
    while (*pos < end) {
        uint32_t c = kr_str_char_at(spec, *pos);
        if (c < '0' || c > '9') {
            break;
        }
        if (v > (INTPTR_MAX - (intptr_t)(c - '0')) / 10) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + (intptr_t)(c - '0');
        (*pos)++;
    }
    return *pos == start ? -1 : v;
}

static void comma_type_error(KrThread *ts, char sep, uint32_t type) {
    if (type > 32 && type < 128) {
        kr_err_format(ts, &kr_exc_ValueError, "Cannot specify '%c' with '%c'.", sep, (int)type);
    } else {
        kr_err_format(ts, &kr_exc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep, (unsigned)type);
    }
}

int kr_format_spec_parse_for(KrThread *ts, KrObject *spec, KrObject *obj, char default_align, KrFormatSpec *out) {
    memset(out, 0, sizeof(*out));
    out->fill = ' ';
    out->width = -1;
    out->precision = -1;
    intptr_t end = spec ? KR_STR_LEN(spec) : 0, pos = 0;
    bool fill_given = false;
    if (end >= 2 && is_align(kr_str_char_at(spec, 1))) {
        out->fill = kr_str_char_at(spec, 0);
        out->align = (char)kr_str_char_at(spec, 1);
        fill_given = true;
        pos = 2;
    } else if (end >= 1 && is_align(kr_str_char_at(spec, 0))) {
        out->align = (char)kr_str_char_at(spec, 0);
        pos = 1;
    }
    if (pos < end) {
        uint32_t c = kr_str_char_at(spec, pos);
        if (c == '+' || c == '-' || c == ' ') {
            out->sign = (char)c;
            pos++;
        }
    }
    if (pos < end && kr_str_char_at(spec, pos) == 'z') {
        out->no_neg_zero = true;
        pos++;
    }
    if (pos < end && kr_str_char_at(spec, pos) == '#') {
        out->alternate = true;
        pos++;
    }
    // The '0' shorthand: fill with zeros, and for numbers pad after the sign.
    if (!fill_given && pos < end && kr_str_char_at(spec, pos) == '0') {
        out->fill = '0';
        out->zero_pad = true;
        if (!out->align && default_align == '>') {
            out->align = '=';
        }
        pos++;
    }
    intptr_t w = read_number(ts, spec, &pos, end);
    if (w == -2) {
        return -1;
    }
    out->width = w;
    if (pos < end && kr_str_char_at(spec, pos) == ',') {
        out->grouping = ',';
        pos++;
    }
    if (pos < end && kr_str_char_at(spec, pos) == '_') {
        if (out->grouping) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        out->grouping = '_';
        pos++;
    }
    if (pos < end && kr_str_char_at(spec, pos) == ',') {
        if (out->grouping == '_') {
            kr_err_set_str(ts, &kr_exc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (pos < end && kr_str_char_at(spec, pos) == '.') {
        pos++;
        intptr_t p = read_number(ts, spec, &pos, end);
        if (p == -2) {
            return -1;
        }
        if (p == -1) {
            kr_err_set_str(ts, &kr_exc_ValueError, "Format specifier missing precision");
            return -1;
        }
        out->precision = p;
    }
    if (end - pos > 1) {
        if (obj) {
            kr_err_format(ts, &kr_exc_ValueError, "Invalid format specifier '%U' for object of type '%s'", spec,
                          kr_type_name_cstr(KR_TYPE(obj)));
        } else {
            kr_err_set_str(ts, &kr_exc_ValueError, "Invalid format specifier");
        }
        return -1;
    }
    if (end - pos == 1) {
        out->type = kr_str_char_at(spec, pos);
    }
    if (out->grouping) {
        switch (out->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') {
                break;
            }
            comma_type_error(ts, out->grouping, out->type);
            return -1;
        default:
            comma_type_error(ts, out->grouping, out->type);
            return -1;
        }
    }
    return 0;
}

int kr_format_spec_parse(KrThread *ts, KrObject *spec, KrFormatSpec *out) {
    return kr_format_spec_parse_for(ts, spec, NULL, 0, out);
}

KrObject *kr_format_spec_unknown_code(KrThread *ts, const KrFormatSpec *spec, KrObject *obj) {
    return kr_format_spec_unknown_code_for(ts, spec, kr_type_name_cstr(KR_TYPE(obj)));
}

KrObject *kr_format_spec_unknown_code_for(KrThread *ts, const KrFormatSpec *spec, const char *tn) {
    if (spec->type > 32 && spec->type < 128) {
        kr_err_format(ts, &kr_exc_ValueError, "Unknown format code '%c' for object of type '%s'", (int)spec->type, tn);
    } else {
        kr_err_format(ts, &kr_exc_ValueError, "Unknown format code '\\x%x' for object of type '%s'",
                      (unsigned)spec->type, tn);
    }
    return NULL;
}

KrObject *kr_format_spec_pad(KrThread *ts, const KrFormatSpec *spec, const char *prefix, KrObject *body,
                             char default_align) {
    KrStrBuilder sb;
    kr_sb_init(&sb);
    // Count the prefix in characters, not bytes.
    intptr_t plen = 0;
    if (prefix) {
        for (const unsigned char *p = (const unsigned char *)prefix; *p; p++) {
            plen += (*p & 0xC0) != 0x80;
        }
    }
    intptr_t total = plen + KR_STR_LEN(body);
    intptr_t pad = spec->width > total ? spec->width - total : 0;
    char align = spec->align;
    if (!align) {
        align = (spec->zero_pad && default_align == '>') ? '=' : default_align;
    }
    intptr_t left = 0, right = 0;
    if (align == '>' || align == '=') {
        left = pad;
    } else if (align == '^') {
        left = pad / 2;
        right = pad - left;
    } else {
        right = pad;
    }
    if (align == '=' && prefix) {
        kr_sb_add_cstr(ts, &sb, prefix);
    }
    for (intptr_t i = 0; i < left; i++) {
        kr_sb_add_char(ts, &sb, spec->fill);
    }
    if (align != '=' && prefix) {
        kr_sb_add_cstr(ts, &sb, prefix);
    }
    kr_sb_add_str(ts, &sb, body);
    for (intptr_t i = 0; i < right; i++) {
        kr_sb_add_char(ts, &sb, spec->fill);
    }
    return kr_sb_finish(ts, &sb);
}
