// SPDX-License-Identifier: MIT
// str case conversions (full Unicode mappings, final sigma) and the is*() predicates.
#include "../vm/vm.h"
#include "int.h"
#include "str.h"
#include "str_impl.h"
#include "unicode.h"

// ---- case conversion ---------------------------------------------------------------

static bool is_cased(uint32_t c) {
    return kr_unicode_has(c, KR_UC_CASED);
}

static bool is_case_ignorable(uint32_t c) {
    return kr_unicode_has(c, KR_UC_CASE_IGNORABLE);
}

// Capital sigma lowers to final sigma (ς) at the end of a word: preceded by a
// cased letter and not followed by one, case-ignorable characters skipped.
static bool final_sigma(KrObject *s, intptr_t i) {
    intptr_t len = KR_STR_LEN(s), j;
    uint32_t c = 0;
    for (j = i - 1; j >= 0; j--) {
        c = kr_str_char_at(s, j);
        if (!is_case_ignorable(c)) {
            break;
        }
    }
    if (j < 0 || !is_cased(c)) {
        return false;
    }
    for (j = i + 1; j < len; j++) {
        c = kr_str_char_at(s, j);
        if (!is_case_ignorable(c)) {
            break;
        }
    }
    return j == len || !is_cased(c);
}

// Lowers s[i] (with the sigma rule) into out; returns the count.
static int lower_at(KrObject *s, intptr_t i, uint32_t out[3]) {
    uint32_t c = kr_str_char_at(s, i);
    if (c == 0x3A3) {
        out[0] = final_sigma(s, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return kr_unicode_lower(c, out);
}

enum { CASE_UPPER, CASE_LOWER, CASE_FOLD, CASE_CAPITALIZE, CASE_TITLE, CASE_SWAP };

// ASCII text maps to ASCII text of the same length: no tables, no builder.
static KrObject *convert_ascii(KrThread *ts, KrObject *self, int mode) {
    intptr_t len = KR_STR_LEN(self);
    KrObject *r = kr_str_new(ts, len, 127);
    if (!r) {
        return NULL;
    }
    const uint8_t *src = KR_STR_DATA(self);
    uint8_t *dst = KR_STR_DATA(r);
    bool previous_cased = false;
    for (intptr_t i = 0; i < len; i++) {
        uint8_t c = src[i];
        bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
        bool to_upper;
        switch (mode) {
        case CASE_UPPER:
            to_upper = true;
            break;
        case CASE_CAPITALIZE:
            to_upper = i == 0;
            break;
        case CASE_TITLE:
            to_upper = !previous_cased;
            previous_cased = upper || lower;
            break;
        case CASE_SWAP:
            to_upper = lower;
            break;
        default: // lower and casefold
            to_upper = false;
            break;
        }
        dst[i] = to_upper ? (lower ? (uint8_t)(c - 32) : c) : (upper ? (uint8_t)(c + 32) : c);
    }
    return r;
}

static KrObject *convert(KrThread *ts, KrObject *self, int mode) {
    intptr_t len = KR_STR_LEN(self);
    if (((KrStr *)self)->ascii && len > 1) {
        return convert_ascii(ts, self, mode);
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    bool previous_cased = false;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t c = kr_str_char_at(self, i), m[3];
        int n;
        switch (mode) {
        case CASE_UPPER:
            n = kr_unicode_upper(c, m);
            break;
        case CASE_LOWER:
            n = lower_at(self, i, m);
            break;
        case CASE_FOLD:
            n = kr_unicode_fold(c, m);
            break;
        case CASE_CAPITALIZE:
            n = i == 0 ? kr_unicode_title(c, m) : lower_at(self, i, m);
            break;
        case CASE_TITLE:
            n = previous_cased ? lower_at(self, i, m) : kr_unicode_title(c, m);
            previous_cased = is_cased(c);
            break;
        default:
            if (kr_unicode_has(c, KR_UC_UPPER)) {
                n = lower_at(self, i, m);
            } else if (kr_unicode_has(c, KR_UC_LOWER)) {
                n = kr_unicode_upper(c, m);
            } else {
                m[0] = c;
                n = 1;
            }
            break;
        }
        for (int k = 0; k < n; k++) {
            kr_sb_add_char(ts, &sb, m[k]);
        }
    }
    return kr_sb_finish(ts, &sb);
}

KrObject *kr_str_case_upper(KrThread *ts, KrObject *self) {
    return convert(ts, self, CASE_UPPER);
}

KrObject *kr_str_case_lower(KrThread *ts, KrObject *self) {
    return convert(ts, self, CASE_LOWER);
}

KrObject *kr_str_case_casefold(KrThread *ts, KrObject *self) {
    return convert(ts, self, CASE_FOLD);
}

KrObject *kr_str_case_capitalize(KrThread *ts, KrObject *self) {
    return convert(ts, self, CASE_CAPITALIZE);
}

KrObject *kr_str_case_title(KrThread *ts, KrObject *self) {
    return convert(ts, self, CASE_TITLE);
}

KrObject *kr_str_case_swapcase(KrThread *ts, KrObject *self) {
    return convert(ts, self, CASE_SWAP);
}

// ---- predicates ----------------------------------------------------------------------

// True when the str is non-empty and every character has one of `flags`.
static KrObject *all_have(KrObject *self, uint32_t flags) {
    intptr_t len = KR_STR_LEN(self);
    if (len == 0) {
        return kr_bool_from(false);
    }
    unsigned kind = KR_STR_KIND(self);
    const void *data = KR_STR_DATA(self);
    for (intptr_t i = 0; i < len; i++) {
        if (!(kr_unicode_flags(kr_str_read(kind, data, i)) & flags)) {
            return kr_bool_from(false);
        }
    }
    return kr_bool_from(true);
}

KrObject *kr_str_case_isdigit(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_have(self, KR_UC_DIGIT);
}

KrObject *kr_str_case_isdecimal(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_have(self, KR_UC_DECIMAL);
}

KrObject *kr_str_case_isnumeric(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_have(self, KR_UC_NUMERIC);
}

KrObject *kr_str_case_isalpha(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_have(self, KR_UC_ALPHA);
}

KrObject *kr_str_case_isalnum(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_have(self, KR_UC_ALPHA | KR_UC_DECIMAL | KR_UC_DIGIT | KR_UC_NUMERIC);
}

KrObject *kr_str_case_isspace(KrThread *ts, KrObject *self) {
    (void)ts;
    return all_have(self, KR_UC_SPACE);
}

KrObject *kr_str_case_isprintable(KrThread *ts, KrObject *self) {
    (void)ts;
    intptr_t len = KR_STR_LEN(self);
    for (intptr_t i = 0; i < len; i++) {
        if (!kr_unicode_has(kr_str_char_at(self, i), KR_UC_PRINTABLE)) {
            return kr_bool_from(false);
        }
    }
    return kr_bool_from(true);
}

KrObject *kr_str_case_isascii(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrStr *)self)->ascii);
}

// islower/isupper: no character of the opposite case or titlecase, and at
// least one cased character of the wanted case.
static KrObject *one_case(KrObject *self, uint32_t want, uint32_t other) {
    intptr_t len = KR_STR_LEN(self);
    bool cased = false;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t f = kr_unicode_flags(kr_str_char_at(self, i));
        if (f & (other | KR_UC_TITLE)) {
            return kr_bool_from(false);
        }
        cased |= (f & want) != 0;
    }
    return kr_bool_from(cased);
}

KrObject *kr_str_case_islower(KrThread *ts, KrObject *self) {
    (void)ts;
    return one_case(self, KR_UC_LOWER, KR_UC_UPPER);
}

KrObject *kr_str_case_isupper(KrThread *ts, KrObject *self) {
    (void)ts;
    return one_case(self, KR_UC_UPPER, KR_UC_LOWER);
}

KrObject *kr_str_case_istitle(KrThread *ts, KrObject *self) {
    (void)ts;
    intptr_t len = KR_STR_LEN(self);
    bool cased = false, previous_cased = false;
    for (intptr_t i = 0; i < len; i++) {
        uint32_t f = kr_unicode_flags(kr_str_char_at(self, i));
        if (f & (KR_UC_UPPER | KR_UC_TITLE)) {
            if (previous_cased) {
                return kr_bool_from(false);
            }
            previous_cased = cased = true;
        } else if (f & KR_UC_LOWER) {
            if (!previous_cased) {
                return kr_bool_from(false);
            }
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return kr_bool_from(cased);
}

KrObject *kr_str_case_isidentifier(KrThread *ts, KrObject *self) {
    (void)ts;
    intptr_t len = KR_STR_LEN(self);
    if (len == 0 || !kr_unicode_is_id_start(kr_str_char_at(self, 0))) {
        return kr_bool_from(false);
    }
    for (intptr_t i = 1; i < len; i++) {
        if (!kr_unicode_is_id_continue(kr_str_char_at(self, i))) {
            return kr_bool_from(false);
        }
    }
    return kr_bool_from(true);
}
