// SPDX-License-Identifier: MIT
// The _sre regular expression engine shared by sre_module.c and sre_engine.c.
#ifndef KR_SRE_H
#define KR_SRE_H

#include <stdbool.h>
#include <stdint.h>

#include "../object/object.h"

#define KR_SRE_MAGIC 20220615
#define KR_SRE_MAXREPEAT 0xFFFFFFFFu
#define KR_SRE_MAXGROUPS 0x3FFFFFFF

// One choice point of the backtracking stack (sre_engine.c).
typedef struct KrSreChoice KrSreChoice;

// A match attempt: the subject, the compiled code and the captured marks.
// The stacks are heap buffers reused across attempts; kr_sre_state_free releases them.
typedef struct KrSreState {
    const uint32_t *code;
    intptr_t codelen;
    const void *data;     // the subject's code units
    unsigned kind;        // 1, 2 or 4 bytes per unit (bytes-like subjects: 1)
    intptr_t end;         // endpos: the subject is taken to end here
    intptr_t ngroups;     // capturing groups (without group 0)
    // Results: the span of the match and 2 * ngroups marks (-1: unset).
    intptr_t start, pos;
    intptr_t *marks;
    intptr_t lastindex;   // -1: no group closed
    // Engine stacks.
    intptr_t *vars;       // [lastindex, current repeat, repeat top, marks..., repeat records...]
    intptr_t nvars, capvars;
    intptr_t *undo;       // pairs (var index, old value)
    intptr_t nundo, capundo;
    KrSreChoice *choices;
    intptr_t nchoices, capchoices;
    intptr_t *barriers;   // choice indexes of the active lookarounds / atomic groups
    intptr_t nbarriers, capbarriers;
} KrSreState;

// Attempts a match at `pos`: 1 matched (start/pos/marks/lastindex set), 0 not, -1 error.
// `fullmatch` requires the match to end at st->end; `no_empty` rejects an empty match.
int kr_sre_engine_match(KrThread *ts, KrSreState *st, intptr_t pos, bool fullmatch, bool no_empty);
// Tries kr_sre_engine_match at pos, pos + 1, ... end; `no_empty` applies to the first.
int kr_sre_engine_search(KrThread *ts, KrSreState *st, intptr_t pos, bool no_empty);
void kr_sre_state_free(KrThread *ts, KrSreState *st);

// Case helpers (also the module's ascii_tolower, unicode_iscased, ...).
uint32_t kr_sre_engine_lower_ascii(uint32_t ch);
uint32_t kr_sre_engine_lower_unicode(uint32_t ch);
uint32_t kr_sre_engine_upper_unicode(uint32_t ch);

// re.Pattern (sre_module.c).
typedef struct KrSrePattern {
    KrObject base;
    KrObject *pattern;     // str, bytes-like or None
    KrObject *groupindex;  // dict name -> number
    KrObject *indexgroup;  // tuple number -> name or None
    intptr_t flags;
    intptr_t groups;       // capturing groups, group 0 excluded
    bool is_bytes;
    uint32_t *code;
    intptr_t codelen;
} KrSrePattern;

// re.Match (sre_match.c).
typedef struct KrSreMatch {
    KrObject base;
    KrObject *pattern;
    KrObject *string;
    intptr_t pos, endpos, lastindex;
    intptr_t ngroups;      // groups + 1
    intptr_t *marks;       // 2 * ngroups: start, end (-1: unmatched)
} KrSreMatch;

extern KrType kr_sre_pattern_type, kr_sre_match_type, kr_sre_scanner_type;

// Points st at the code units of `string` (its kind checked against the
// pattern's) and clamps *pos / *endpos into it; TypeError as CPython's.
int kr_sre_match_bind(KrThread *ts, KrSrePattern *p, KrObject *string, KrSreState *st, intptr_t *pos,
                      intptr_t *endpos);
// string[s:e] as str or bytes (bytes for every bytes-like); None when s < 0.
KrObject *kr_sre_match_slice(KrThread *ts, KrObject *string, intptr_t s, intptr_t e);
// A Match for the successful attempt in st.
KrObject *kr_sre_match_new(KrThread *ts, KrSrePattern *p, KrObject *string, KrSreState *st, intptr_t pos,
                           intptr_t endpos);
// re.<fname>(a, b[, c]): the template helpers of Lib/re.
KrObject *kr_sre_match_call_re(KrThread *ts, const char *fname, KrObject *a, KrObject *b, KrObject *c);
// repr(o) cut to `limit` characters, as CPython's %.<limit>R.
KrObject *kr_sre_match_repr_cut(KrThread *ts, KrObject *o, intptr_t limit);

#endif
