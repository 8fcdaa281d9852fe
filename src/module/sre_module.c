// SPDX-License-Identifier: MIT
// The _sre module: compile(), the case helpers, re.Pattern and the scanner type.
#include <stdio.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/genericalias.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"
#include "sre.h"

typedef struct KrSreScanner {
    KrObject base;
    KrObject *pattern;
    KrObject *string;
    intptr_t pos, endpos;
    bool no_empty, done;
    KrSreState st;
} KrSreScanner;

#define PAT(o) ((KrSrePattern *)(o))

// ---- argument helpers -------------------------------------------------------------

// (string, pos=0, endpos=sys.maxsize) of match/search/fullmatch/findall/finditer/scanner.
static int string_args(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                       KrObject **string, intptr_t *pos, intptr_t *endpos) {
    static const char *const names[] = {"string", "pos", "endpos", NULL};
    KrObject *out[3];
    if (kr_parse_args(ts, fname, args, nargs, kwnames, names, 1, 0, 3, out) < 0) {
        return -1;
    }
    *string = out[0];
    *pos = 0;
    *endpos = INTPTR_MAX;
    if (out[1] && (*pos = kr_slice_ssize_arg(ts, out[1])) == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    if (out[2] && (*endpos = kr_slice_ssize_arg(ts, out[2])) == -1 && kr_err_occurred(ts)) {
        return -1;
    }
    return 0;
}

// One attempt (search or match) on string; a Match, None or NULL.
static KrObject *attempt(KrThread *ts, KrObject *self, KrObject *string, intptr_t pos, intptr_t endpos, int mode) {
    KrSreState st;
    memset(&st, 0, sizeof st);
    if (kr_sre_match_bind(ts, PAT(self), string, &st, &pos, &endpos) < 0) {
        return NULL;
    }
    // As CPython, match() still tries at pos > endpos (an empty pattern matches there).
    int r = mode != 0 ? kr_sre_engine_match(ts, &st, pos, mode == 2, false)
            : pos <= endpos ? kr_sre_engine_search(ts, &st, pos, false)
                            : 0;
    KrObject *res = r < 0 ? NULL : r == 0 ? KR_NONE : kr_sre_match_new(ts, PAT(self), string, &st, pos, endpos);
    kr_sre_state_free(ts, &st);
    return res;
}

static KrObject *pattern_attempt(KrThread *ts, KrObject *self, const char *fname, KrObject *const *args,
                                 size_t nargs, KrObject *kwnames, int mode) {
    KrObject *string;
    intptr_t pos, endpos;
    if (string_args(ts, fname, args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    return attempt(ts, self, string, pos, endpos, mode);
}

static KrObject *pattern_search(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    return pattern_attempt(ts, self, "search", args, nargs, kwnames, 0);
}

static KrObject *pattern_match(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    return pattern_attempt(ts, self, "match", args, nargs, kwnames, 1);
}

static KrObject *pattern_fullmatch(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames) {
    return pattern_attempt(ts, self, "fullmatch", args, nargs, kwnames, 2);
}

// ---- findall, split, sub ----------------------------------------------------------

// What findall keeps of a match: group 0, group 1, or the tuple of all groups ('' when unmatched).
static KrObject *findall_item(KrThread *ts, KrSrePattern *p, KrObject *string, KrSreState *st) {
    if (p->groups == 0) {
        return kr_sre_match_slice(ts, string, st->start, st->pos);
    }
    KrObject *t = p->groups > 1 ? kr_tuple_new(ts, p->groups) : NULL;
    if (p->groups > 1 && !t) {
        return NULL;
    }
    for (intptr_t i = 0; i < p->groups; i++) {
        intptr_t s = st->marks[2 * i], e = st->marks[2 * i + 1];
        if (s < 0 || e < 0) {
            s = e = 0;
        }
        KrObject *v = kr_sre_match_slice(ts, string, s, e);
        if (!v || !t) {
            return v;
        }
        ((KrTuple *)t)->items[i] = v;
    }
    return t;
}

static KrObject *pattern_findall(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    KrObject *string;
    intptr_t pos, endpos;
    if (string_args(ts, "findall", args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    KrSreState st;
    memset(&st, 0, sizeof st);
    KrObject *list = NULL;
    if (kr_sre_match_bind(ts, PAT(self), string, &st, &pos, &endpos) < 0 || !(list = kr_list_new(ts, 0))) {
        goto error;
    }
    bool no_empty = false;
    while (pos <= endpos) {
        int r = kr_sre_engine_search(ts, &st, pos, no_empty);
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            break;
        }
        KrObject *item = findall_item(ts, PAT(self), string, &st);
        if (!item || kr_list_append(ts, list, item) < 0) {
            KR_XDECREF(ts, item);
            goto error;
        }
        KR_DECREF(ts, item);
        no_empty = st.pos == st.start;
        pos = st.pos;
    }
    kr_sre_state_free(ts, &st);
    return list;
error:
    kr_sre_state_free(ts, &st);
    KR_XDECREF(ts, list);
    return NULL;
}

// Appends string[s:e] (None when s < 0) to list.
static int append_slice(KrThread *ts, KrObject *list, KrObject *string, intptr_t s, intptr_t e) {
    KrObject *piece = kr_sre_match_slice(ts, string, s, e);
    int r = piece ? kr_list_append(ts, list, piece) : -1;
    KR_XDECREF(ts, piece);
    return r;
}

static KrObject *pattern_split(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames) {
    static const char *const names[] = {"string", "maxsplit", NULL};
    KrObject *out[2];
    if (kr_parse_args(ts, "split", args, nargs, kwnames, names, 1, 0, 2, out) < 0) {
        return NULL;
    }
    intptr_t maxsplit = 0;
    if (out[1] && (maxsplit = kr_slice_ssize_arg(ts, out[1])) == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    KrObject *string = out[0];
    KrSreState st;
    memset(&st, 0, sizeof st);
    intptr_t pos = 0, endpos = INTPTR_MAX, last = 0, n = 0;
    KrObject *list = NULL;
    if (kr_sre_match_bind(ts, PAT(self), string, &st, &pos, &endpos) < 0 || !(list = kr_list_new(ts, 0))) {
        goto error;
    }
    bool no_empty = false;
    while ((maxsplit <= 0 || n < maxsplit) && pos <= endpos) {
        if (maxsplit < 0) {
            break;
        }
        int r = kr_sre_engine_search(ts, &st, pos, no_empty);
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            break;
        }
        if (append_slice(ts, list, string, last, st.start) < 0) {
            goto error;
        }
        for (intptr_t i = 0; i < PAT(self)->groups; i++) {
            if (append_slice(ts, list, string, st.marks[2 * i], st.marks[2 * i + 1]) < 0) {
                goto error;
            }
        }
        n++;
        last = st.pos;
        no_empty = st.pos == st.start;
        pos = st.pos;
    }
    if (append_slice(ts, list, string, last, endpos) < 0) {
        goto error;
    }
    kr_sre_state_free(ts, &st);
    return list;
error:
    kr_sre_state_free(ts, &st);
    KR_XDECREF(ts, list);
    return NULL;
}

// Whether a str/bytes-like template contains a backslash (then Lib/re parses it).
static int has_backslash(KrThread *ts, KrObject *t) {
    if (kr_str_check(t)) {
        for (intptr_t i = 0; i < KR_STR_LEN(t); i++) {
            if (kr_str_read(KR_STR_KIND(t), KR_STR_DATA(t), i) == '\\') {
                return 1;
            }
        }
        return 0;
    }
    const char *b;
    intptr_t n;
    int r = kr_bytes_buffer(ts, t, &b, &n);
    if (r <= 0) {
        return r < 0 ? -1 : 1;  // other objects: let Lib/re raise its error
    }
    return memchr(b, '\\', (size_t)n) != NULL;
}

static KrObject *join_pieces(KrThread *ts, KrSrePattern *p, KrObject *list) {
    KrObject *empty = p->is_bytes ? kr_bytes_from(ts, "", 0) : kr_str_empty(ts);
    KrObject *name = empty ? kr_str_from_cstr(ts, "join") : NULL;
    KrObject *r = name ? kr_call_method(ts, empty, name, &list, 1) : NULL;
    KR_XDECREF(ts, name);
    KR_XDECREF(ts, empty);
    return r;
}

static KrObject *subx(KrThread *ts, KrObject *self, const char *fname, KrObject *const *args, size_t nargs,
                      KrObject *kwnames, bool with_count) {
    static const char *const names[] = {"repl", "string", "count", NULL};
    KrObject *out[3];
    if (kr_parse_args(ts, fname, args, nargs, kwnames, names, 2, 0, 3, out) < 0) {
        return NULL;
    }
    intptr_t count = 0;
    if (out[2] && (count = kr_slice_ssize_arg(ts, out[2])) == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    KrObject *repl = out[0], *string = out[1];
    KrObject *filter = NULL, *list = NULL, *piece = NULL;
    KrSreState st;
    memset(&st, 0, sizeof st);
    intptr_t pos = 0, endpos = INTPTR_MAX;
    if (kr_sre_match_bind(ts, PAT(self), string, &st, &pos, &endpos) < 0) {
        return NULL;
    }
    if (kr_callable(repl)) {
        filter = KR_INCREF(repl);
    } else {
        int bs = has_backslash(ts, repl);
        if (bs < 0) {
            return NULL;
        }
        filter = bs ? kr_sre_match_call_re(ts, "_subx", self, repl, NULL) : KR_INCREF(repl);
        if (!filter) {
            return NULL;
        }
    }
    bool call = kr_callable(filter);
    intptr_t last = 0, n = 0;
    bool no_empty = false;
    if (!(list = kr_list_new(ts, 0))) {
        goto error;
    }
    while ((count <= 0 || n < count) && pos <= endpos) {
        // A callback may have resized a bytearray subject: look at it again.
        intptr_t p0 = 0, e0 = INTPTR_MAX;
        if (kr_sre_match_bind(ts, PAT(self), string, &st, &p0, &e0) < 0) {
            goto error;
        }
        endpos = e0;
        int r = pos <= endpos ? kr_sre_engine_search(ts, &st, pos, no_empty) : 0;
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            break;
        }
        if (last < st.start && append_slice(ts, list, string, last, st.start) < 0) {
            goto error;
        }
        if (call) {
            KrObject *m = kr_sre_match_new(ts, PAT(self), string, &st, 0, endpos);
            piece = m ? kr_call1(ts, filter, m) : NULL;
            KR_XDECREF(ts, m);
            if (!piece) {
                goto error;
            }
        } else {
            piece = KR_INCREF(filter);
        }
        if (piece != KR_NONE && kr_list_append(ts, list, piece) < 0) {
            goto error;
        }
        KR_CLEAR(ts, piece);
        n++;
        last = st.pos;
        no_empty = st.pos == st.start;
        pos = st.pos;
    }
    if (append_slice(ts, list, string, last, endpos) < 0) {
        goto error;
    }
    KrObject *res = join_pieces(ts, PAT(self), list);
    KR_CLEAR(ts, list);
    if (res && with_count) {
        KrObject *c = kr_int_from_i64(ts, n);
        KrObject *t = c ? kr_tuple_pack(ts, 2, res, c) : NULL;
        KR_XDECREF(ts, c);
        KR_SETREF(ts, res, t);
    }
    kr_sre_state_free(ts, &st);
    KR_DECREF(ts, filter);
    return res;
error:
    KR_XDECREF(ts, piece);
    KR_XDECREF(ts, list);
    KR_XDECREF(ts, filter);
    kr_sre_state_free(ts, &st);
    return NULL;
}

static KrObject *pattern_sub(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    return subx(ts, self, "sub", args, nargs, kwnames, false);
}

static KrObject *pattern_subn(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    return subx(ts, self, "subn", args, nargs, kwnames, true);
}

// ---- scanner / finditer -----------------------------------------------------------

static KrObject *scanner_make(KrThread *ts, KrObject *self, const char *fname, KrObject *const *args, size_t nargs,
                              KrObject *kwnames) {
    KrObject *string;
    intptr_t pos, endpos;
    if (string_args(ts, fname, args, nargs, kwnames, &string, &pos, &endpos) < 0) {
        return NULL;
    }
    KrSreState probe;
    memset(&probe, 0, sizeof probe);
    if (kr_sre_match_bind(ts, PAT(self), string, &probe, &pos, &endpos) < 0) {
        return NULL;
    }
    KrSreScanner *s = (KrSreScanner *)kr_object_alloc(ts, &kr_sre_scanner_type, sizeof(KrSreScanner));
    if (!s) {
        return NULL;
    }
    memset(&s->st, 0, sizeof s->st);
    s->pattern = KR_INCREF(self);
    s->string = KR_INCREF(string);
    s->pos = pos;
    s->endpos = endpos;
    s->no_empty = s->done = false;
    return (KrObject *)s;
}

static KrObject *pattern_scanner(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames) {
    return scanner_make(ts, self, "scanner", args, nargs, kwnames);
}

static KrObject *pattern_finditer(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    return scanner_make(ts, self, "finditer", args, nargs, kwnames);
}

static KrObject *scanner_step(KrThread *ts, KrObject *self, bool search) {
    KrSreScanner *s = (KrSreScanner *)self;
    if (s->done) {
        KR_RETURN_NONE;
    }
    intptr_t pos = s->pos, endpos = s->endpos;
    if (kr_sre_match_bind(ts, PAT(s->pattern), s->string, &s->st, &pos, &endpos) < 0) {
        return NULL;
    }
    int r = pos > endpos ? 0
            : search     ? kr_sre_engine_search(ts, &s->st, pos, s->no_empty)
                         : kr_sre_engine_match(ts, &s->st, pos, false, s->no_empty);
    if (r <= 0) {
        s->done = true;
        return r < 0 ? NULL : KR_NONE;
    }
    s->no_empty = s->st.pos == s->st.start;
    s->pos = s->st.pos;
    return kr_sre_match_new(ts, PAT(s->pattern), s->string, &s->st, pos, endpos);
}

static KrObject *scanner_match(KrThread *ts, KrObject *self) {
    return scanner_step(ts, self, false);
}

static KrObject *scanner_search(KrThread *ts, KrObject *self) {
    return scanner_step(ts, self, true);
}

static KrObject *scanner_next(KrThread *ts, KrObject *self) {
    KrObject *m = scanner_step(ts, self, true);
    if (m == KR_NONE) {
        return NULL;
    }
    return m;
}

static KrObject *scanner_pattern(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(((KrSreScanner *)self)->pattern);
}

static void scanner_dealloc(KrThread *ts, KrObject *self) {
    KrSreScanner *s = (KrSreScanner *)self;
    KR_XDECREF(ts, s->pattern);
    KR_XDECREF(ts, s->string);
    kr_sre_state_free(ts, &s->st);
    kr_object_free(ts, self);
}

static const KrMethodDef scanner_methods[] = {
    {"match", (void *)scanner_match, KR_METH_NOARGS, false, false, NULL},
    {"search", (void *)scanner_search, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef scanner_getsets[] = {
    {"pattern", scanner_pattern, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_sre_scanner_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_sre.SRE_Scanner",
    .basicsize = sizeof(KrSreScanner),
    .dealloc = scanner_dealloc,
    .iter = kr_modsupport_self_iter,
    .iternext = scanner_next,
    .methods = scanner_methods,
    .getsets = scanner_getsets,
};

// ---- Pattern -----------------------------------------------------------------------

static KrObject *pattern_self(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(self);
}

static KrObject *pattern_deepcopy(KrThread *ts, KrObject *self, KrObject *memo) {
    (void)memo;
    return pattern_self(ts, self);
}

static KrObject *pattern_pattern(KrThread *ts, KrObject *self) {
    (void)ts;
    return KR_INCREF(PAT(self)->pattern);
}

static KrObject *pattern_flags(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, PAT(self)->flags);
}

static KrObject *pattern_groups(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, PAT(self)->groups);
}

static KrObject *pattern_groupindex(KrThread *ts, KrObject *self) {
    return kr_mappingproxy_new(ts, PAT(self)->groupindex);
}

static KrObject *pattern_repr(KrThread *ts, KrObject *self) {
    static const char *const flag_names[] = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
                                             "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
    KrSrePattern *p = PAT(self);
    KrObject *pr = kr_sre_match_repr_cut(ts, p->pattern, 200);
    if (!pr) {
        return NULL;
    }
    intptr_t flags = p->flags;
    // The default UNICODE flag of str patterns is not shown.
    if (!p->is_bytes && (flags & (4 | 32 | 256)) == 32) {
        flags &= ~(intptr_t)32;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_cstr(ts, &sb, "re.compile(");
    kr_sb_add_str(ts, &sb, pr);
    KR_DECREF(ts, pr);
    if (flags) {
        kr_sb_add_cstr(ts, &sb, ", ");
        bool first = true;
        for (int i = 0; i < 9; i++) {
            if (flags & ((intptr_t)1 << i)) {
                kr_sb_add_cstr(ts, &sb, first ? "" : "|");
                kr_sb_add_cstr(ts, &sb, flag_names[i]);
                flags &= ~((intptr_t)1 << i);
                first = false;
            }
        }
        if (flags) {
            char buf[32];
            snprintf(buf, sizeof buf, "%s0x%llx", first ? "" : "|", (unsigned long long)flags);
            kr_sb_add_cstr(ts, &sb, buf);
        }
    }
    kr_sb_add_cstr(ts, &sb, ")");
    return kr_sb_finish(ts, &sb);
}

static KrObject *pattern_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op) {
    if ((op != KR_EQ && op != KR_NE) || KR_TYPE(b) != &kr_sre_pattern_type) {
        return KR_NOTIMPL;
    }
    KrSrePattern *x = PAT(a), *y = PAT(b);
    int eq = a == b;
    if (!eq && x->flags == y->flags && x->is_bytes == y->is_bytes && x->codelen == y->codelen &&
        memcmp(x->code, y->code, (size_t)x->codelen * sizeof(uint32_t)) == 0) {
        eq = kr_compare_bool(ts, x->pattern, y->pattern, KR_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return kr_bool_from(op == KR_EQ ? eq : !eq);
}

static KrHash pattern_hash(KrThread *ts, KrObject *self) {
    KrSrePattern *p = PAT(self);
    KrHash h = kr_hash(ts, p->pattern);
    if (h == -1) {
        return -1;
    }
    uint64_t c = 1469598103934665603ull;
    for (intptr_t i = 0; i < p->codelen; i++) {
        c = (c ^ p->code[i]) * 1099511628211ull;
    }
    h ^= (KrHash)(c >> 1) ^ (KrHash)p->flags ^ (KrHash)p->is_bytes;
    return h == -1 ? -2 : h;
}

static void pattern_dealloc(KrThread *ts, KrObject *self) {
    KrSrePattern *p = PAT(self);
    KR_XDECREF(ts, p->pattern);
    KR_XDECREF(ts, p->groupindex);
    KR_XDECREF(ts, p->indexgroup);
    kr_mem_free(ts, p->code);
    kr_object_free(ts, self);
}

static const KrMethodDef pattern_methods[] = {
    {"match", (void *)pattern_match, KR_METH_VARARGS, false, false,
     "Matches zero or more characters at the beginning of the string."},
    {"fullmatch", (void *)pattern_fullmatch, KR_METH_VARARGS, false, false,
     "Matches against all of the string."},
    {"search", (void *)pattern_search, KR_METH_VARARGS, false, false,
     "Scan through string looking for a match, and return a corresponding match object instance.\n\n"
     "Return None if no position in the string matches."},
    {"sub", (void *)pattern_sub, KR_METH_VARARGS, false, false,
     "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in "
     "string by the replacement repl."},
    {"subn", (void *)pattern_subn, KR_METH_VARARGS, false, false,
     "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping "
     "occurrences of pattern with the replacement repl."},
    {"findall", (void *)pattern_findall, KR_METH_VARARGS, false, false,
     "Return a list of all non-overlapping matches of pattern in string."},
    {"split", (void *)pattern_split, KR_METH_VARARGS, false, false,
     "Split string by the occurrences of pattern."},
    {"finditer", (void *)pattern_finditer, KR_METH_VARARGS, false, false,
     "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\n"
     "For each match, the iterator returns a match object."},
    {"scanner", (void *)pattern_scanner, KR_METH_VARARGS, false, false, NULL},
    {"__copy__", (void *)pattern_self, KR_METH_NOARGS, false, false, NULL},
    {"__deepcopy__", (void *)pattern_deepcopy, KR_METH_O, false, false, NULL},
    KR_CLASS_GETITEM_METHOD,
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef pattern_getsets[] = {
    {"pattern", pattern_pattern, NULL, "The pattern string from which the RE object was compiled."},
    {"flags", pattern_flags, NULL, "The regex matching flags."},
    {"groups", pattern_groups, NULL, "The number of capturing groups in the pattern."},
    {"groupindex", pattern_groupindex, NULL, "A dictionary mapping group names to group numbers."},
    {NULL, NULL, NULL, NULL},
};

KrType kr_sre_pattern_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "re.Pattern",
    .basicsize = sizeof(KrSrePattern),
    .doc = "Compiled regular expression object.",
    .dealloc = pattern_dealloc,
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
    .methods = pattern_methods,
    .getsets = pattern_getsets,
};

// ---- module functions -------------------------------------------------------------

// compile(pattern, flags, code, groups, groupindex, indexgroup), called by Lib/re/_compiler.py.
static KrObject *sre_compile(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"pattern", "flags", "code", "groups", "groupindex", "indexgroup", NULL};
    KrObject *out[6];
    (void)mod;
    if (kr_parse_args(ts, "compile", args, nargs, kwnames, names, 6, 0, 6, out) < 0) {
        return NULL;
    }
    if (!kr_list_check(out[2])) {
        kr_err_format(ts, &kr_exc_TypeError, "compile() argument 'code' must be list, not %T", out[2]);
        return NULL;
    }
    if (!kr_dict_check(out[4]) || !kr_tuple_check(out[5])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "compile() expects a dict groupindex and a tuple indexgroup");
        return NULL;
    }
    intptr_t flags = kr_slice_ssize_arg(ts, out[1]);
    intptr_t groups = flags == -1 && kr_err_occurred(ts) ? -1 : kr_slice_ssize_arg(ts, out[3]);
    if (groups == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    KrSrePattern *p = (KrSrePattern *)kr_object_alloc(ts, &kr_sre_pattern_type, sizeof(KrSrePattern));
    if (!p) {
        return NULL;
    }
    p->pattern = KR_INCREF(out[0]);
    p->groupindex = kr_dict_copy(ts, out[4]);
    p->indexgroup = KR_INCREF(out[5]);
    p->flags = flags;
    p->groups = groups < 0 ? 0 : groups;
    p->code = NULL;
    p->is_bytes = false;
    intptr_t n = KR_LIST_SIZE(out[2]);
    p->codelen = n;
    p->code = kr_mem_alloc(ts, (size_t)(n ? n : 1) * sizeof(uint32_t));
    if (!p->groupindex || !p->code) {
        goto error;
    }
    for (intptr_t i = 0; i < n; i++) {
        KrObject *w = KR_LIST_ITEMS(out[2])[i];
        int overflow = 0;
        int64_t v = kr_int_check(w) ? kr_int_as_i64(w, &overflow) : -1;
        if (v < 0 || v > 0xFFFFFFFFll || overflow) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "regular expression code size limit exceeded");
            goto error;
        }
        p->code[i] = (uint32_t)v;
    }
    if (out[0] != KR_NONE && !kr_str_check(out[0])) {
        const char *b;
        intptr_t len;
        int r = kr_bytes_buffer(ts, out[0], &b, &len);
        if (r <= 0) {
            if (r == 0) {
                kr_err_format(ts, &kr_exc_TypeError, "expected string or bytes-like object, got '%T'", out[0]);
            }
            goto error;
        }
        p->is_bytes = true;
    }
    return (KrObject *)p;
error:
    KR_DECREF(ts, (KrObject *)p);
    return NULL;
}

static intptr_t char_arg(KrThread *ts, KrObject *o) {
    intptr_t v = kr_slice_ssize_arg(ts, o);
    return v;
}

static KrObject *sre_getcodesize(KrThread *ts, KrObject *mod) {
    (void)mod;
    return kr_int_from_i64(ts, 4);
}

static KrObject *sre_ascii_iscased(KrThread *ts, KrObject *mod, KrObject *o) {
    (void)mod;
    intptr_t ch = char_arg(ts, o);
    if (ch == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    return kr_bool_from(ch < 128 && ch >= 0 && ((ch | 32) >= 'a' && (ch | 32) <= 'z'));
}

static KrObject *sre_unicode_iscased(KrThread *ts, KrObject *mod, KrObject *o) {
    (void)mod;
    intptr_t ch = char_arg(ts, o);
    if (ch == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    uint32_t c = (uint32_t)ch;
    return kr_bool_from(c != kr_sre_engine_lower_unicode(c) || c != kr_sre_engine_upper_unicode(c));
}

static KrObject *sre_ascii_tolower(KrThread *ts, KrObject *mod, KrObject *o) {
    (void)mod;
    intptr_t ch = char_arg(ts, o);
    if (ch == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    return kr_int_from_i64(ts, ch >= 0 && ch < 128 ? kr_sre_engine_lower_ascii((uint32_t)ch) : ch);
}

static KrObject *sre_unicode_tolower(KrThread *ts, KrObject *mod, KrObject *o) {
    (void)mod;
    intptr_t ch = char_arg(ts, o);
    if (ch == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    return kr_int_from_i64(ts, kr_sre_engine_lower_unicode((uint32_t)ch));
}

static const KrMethodDef sre_functions[] = {
    {"compile", (void *)sre_compile, KR_METH_VARARGS, false, false, NULL},
    {"getcodesize", (void *)sre_getcodesize, KR_METH_NOARGS, false, false, NULL},
    {"ascii_iscased", (void *)sre_ascii_iscased, KR_METH_O, false, false, NULL},
    {"unicode_iscased", (void *)sre_unicode_iscased, KR_METH_O, false, false, NULL},
    {"ascii_tolower", (void *)sre_ascii_tolower, KR_METH_O, false, false, NULL},
    {"unicode_tolower", (void *)sre_unicode_tolower, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_sre_module_create(KrThread *ts) {
    static KrType *const types[] = {NULL};
    KrObject *m = kr_modsupport_module(ts, "_sre", NULL, sre_functions, types);
    if (!m || kr_modsupport_add(ts, m, "MAGIC", kr_int_from_i64(ts, KR_SRE_MAGIC)) < 0 ||
        kr_modsupport_add(ts, m, "CODESIZE", kr_int_from_i64(ts, 4)) < 0 ||
        kr_modsupport_add(ts, m, "MAXREPEAT", kr_int_from_i64(ts, KR_SRE_MAXREPEAT)) < 0 ||
        kr_modsupport_add(ts, m, "MAXGROUPS", kr_int_from_i64(ts, KR_SRE_MAXGROUPS)) < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
