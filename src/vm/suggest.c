// SPDX-License-Identifier: MIT
// "Did you mean" suggestions: the nearest candidate name by a weighted Levenshtein distance.
//
// The rules follow CPython 3.11's documented behaviour: a move (insert, delete, replace)
// costs 2, a change of case alone costs 1, at most a third of the characters involved may
// change, candidate lists of 750 or more names are not searched, and names longer than 40
// bytes (after trimming the common prefix and suffix) never match. The distance works on
// UTF-8 bytes, as CPython's does, so suggestions agree for non-ASCII names too.
#include <stdint.h>
#include <string.h>

#include "../object/code.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/str.h"
#include "suggest.h"
#include "vm.h"

enum {
    MOVE_COST = 2,
    CASE_COST = 1,
    MAX_CANDIDATES = 750,
    MAX_NAME_BYTES = 40,
};

static char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

// The cost of replacing byte a by byte b: nothing, a case change, or a full move.
static size_t replace_cost(char a, char b) {
    if (a == b) {
        return 0;
    }
    return ascii_lower(a) == ascii_lower(b) ? CASE_COST : MOVE_COST;
}

size_t kr_suggest_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    // Shared prefixes and suffixes cost nothing; dropping them keeps the table small.
    while (na && nb && a[0] == b[0]) {
        a++;
        b++;
        na--;
        nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--;
        nb--;
    }
    if (na == 0 || nb == 0) {
        return (na + nb) * MOVE_COST;
    }
    if (na > MAX_NAME_BYTES || nb > MAX_NAME_BYTES) {
        return max_cost + 1;
    }
    // Let `a` be the shorter string: the row below is indexed by it.
    if (nb < na) {
        const char *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    // The length difference alone costs that many insertions.
    if ((nb - na) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    // row[i]: the distance between a[0..i] and the prefix of b seen so far.
    size_t row[MAX_NAME_BYTES];
    for (size_t i = 0; i < na; i++) {
        row[i] = (i + 1) * MOVE_COST;
    }
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST; // distance(a[..-1], b[..j-1])
        size_t left = diag;          // distance(a[..i-1], b[..j]) as i advances
        size_t best = SIZE_MAX;
        for (size_t i = 0; i < na; i++) {
            size_t replace = diag + replace_cost(b[j], a[i]);
            size_t up = row[i];
            size_t step = (left < up ? left : up) + MOVE_COST;
            left = step < replace ? step : replace;
            diag = up;
            row[i] = left;
            if (left < best) {
                best = left;
            }
        }
        // Every path crosses this row, so once its minimum is too big, give up.
        if (best > max_cost) {
            return max_cost + 1;
        }
        result = left;
    }
    return result;
}

// Searches the n candidates for the one nearest to `name` (first wins ties).
// Returns a borrowed candidate or NULL; -1 if a candidate is not a str.
static int best_match(KrThread *ts, KrObject *name, KrObject *const *items, intptr_t n, KrObject **out) {
    *out = NULL;
    if (n >= MAX_CANDIDATES) {
        return 0;
    }
    size_t nlen;
    const char *nstr = kr_str_utf8(ts, name, &nlen);
    if (!nstr) {
        return -1;
    }
    size_t best = SIZE_MAX;
    for (intptr_t k = 0; k < n; k++) {
        KrObject *item = items[k];
        if (!kr_str_check(item)) {
            return -1;
        }
        size_t ilen;
        const char *istr = kr_str_utf8(ts, item, &ilen);
        if (!istr) {
            return -1;
        }
        if (ilen == nlen && memcmp(istr, nstr, nlen) == 0) {
            continue;
        }
        // No more than a third of the characters involved may change, and a
        // candidate must beat the best one so far.
        size_t limit = (nlen + ilen + 3) * MOVE_COST / 6;
        if (best != SIZE_MAX && best - 1 < limit) {
            limit = best - 1;
        }
        size_t d = kr_suggest_distance(nstr, nlen, istr, ilen, limit);
        if (d > limit) {
            continue;
        }
        if (!*out || d < best) {
            *out = item;
            best = d;
        }
    }
    return 0;
}

// best_match over the keys of a dict, in insertion order.
static KrObject *match_dict_keys(KrThread *ts, KrObject *name, KrObject *d) {
    if (!d || !kr_dict_check(d)) {
        return NULL;
    }
    KrObject *keys = kr_dict_keys_list(ts, d);
    if (!keys) {
        return NULL;
    }
    KrObject *found = NULL;
    if (best_match(ts, name, KR_LIST_ITEMS(keys), KR_LIST_SIZE(keys), &found) == 0 && found) {
        KR_INCREF(found);
    } else {
        found = NULL;
    }
    KR_DECREF(ts, keys);
    return found;
}

static KrObject *exc_dict_item(KrThread *ts, KrObject *exc, const char *key) {
    KrObject *d = kr_object_get_dict(ts, exc, false);
    return d ? kr_dict_get_item_str(ts, d, key) : NULL;
}

// NameError: the innermost frame's locals, then its globals, then the builtins.
static KrObject *suggest_name(KrThread *ts, KrObject *exc) {
    KrObject *name = exc_dict_item(ts, exc, "name");
    KrObject *tb = ((KrException *)exc)->traceback;
    if (!name || KR_TYPE(name) != &kr_str_type || !tb || KR_TYPE(tb) != &kr_traceback_type) {
        return NULL;
    }
    while (((KrTraceback *)tb)->next && KR_TYPE(((KrTraceback *)tb)->next) == &kr_traceback_type) {
        tb = ((KrTraceback *)tb)->next;
    }
    KrTraceback *t = (KrTraceback *)tb;
    KrCode *co = (KrCode *)t->code;
    KrObject *found = NULL;
    if (co && co->varnames && kr_tuple_check(co->varnames)) {
        if (best_match(ts, name, KR_TUPLE_ITEMS(co->varnames), KR_TUPLE_SIZE(co->varnames), &found) < 0) {
            return NULL;
        }
        if (found) {
            return KR_INCREF(found);
        }
    }
    found = match_dict_keys(ts, name, t->globals);
    if (found || kr_err_occurred(ts)) {
        return found;
    }
    return match_dict_keys(ts, name, ts->vm->builtins);
}

// AttributeError: dir() of the object the lookup failed on.
static KrObject *suggest_attribute(KrThread *ts, KrObject *exc) {
    KrObject *name = exc_dict_item(ts, exc, "name");
    KrObject *obj = exc_dict_item(ts, exc, "obj");
    if (!name || !obj || KR_TYPE(name) != &kr_str_type) {
        return NULL;
    }
    // At exit, finalizers can still run after the builtins are gone.
    KrObject *dir = ts->vm->builtins ? kr_dict_get_item_str(ts, ts->vm->builtins, "dir") : NULL;
    if (!dir) {
        return NULL;
    }
    KR_INCREF(obj);
    KR_INCREF(name);
    KrObject *names = kr_call1(ts, dir, obj);
    KrObject *found = NULL;
    if (names && kr_list_check(names) &&
        best_match(ts, name, KR_LIST_ITEMS(names), KR_LIST_SIZE(names), &found) == 0 && found) {
        KR_INCREF(found);
    } else {
        found = NULL;
    }
    KR_XDECREF(ts, names);
    KR_DECREF(ts, name);
    KR_DECREF(ts, obj);
    return found;
}

KrObject *kr_suggest_for_exception(KrThread *ts, KrObject *exc) {
    KrObject *r = NULL;
    if (kr_isinstance_type(exc, &kr_exc_AttributeError)) {
        r = suggest_attribute(ts, exc);
    } else if (kr_isinstance_type(exc, &kr_exc_NameError)) {
        r = suggest_name(ts, exc);
    }
    if (!r) {
        kr_err_clear(ts);
    }
    return r;
}
