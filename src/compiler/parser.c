// SPDX-License-Identifier: MIT
// The parser's entry point and shared helpers: errors, nodes, string literals and f-strings.
#include "parser.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../base/utf8.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/unicode.h"
#include "../vm/vm.h"

// ---- sequences, nodes

int seq_grow(Parser *P, void *itemsp, int *cap, size_t elsize, int n) {
    int ncap = *cap ? *cap * 2 : 4;
    void *old;
    memcpy(&old, itemsp, sizeof old);
    void *items = kr_arena_alloc(P->ts, P->arena, (size_t)ncap * elsize);
    if (!items) {
        return -1;
    }
    if (n) {
        memcpy(items, old, (size_t)n * elsize);
    }
    memcpy(itemsp, &items, sizeof items);
    *cap = ncap;
    return 0;
}

void *palloc(Parser *P, size_t size) {
    return kr_arena_alloc(P->ts, P->arena, size);
}

// Token positions are in the coordinates of the text being parsed; for an
// f-string expression they are moved back to where the text sits in the file.
static void shift(Parser *P, int *line, int *col) {
    if (*line == 1) {
        *col += P->col_off;
    }
    *line += P->line_off;
}

KrLoc loc_of(Parser *P, KrToken *a, KrToken *b) {
    KrLoc l = {a->lineno, a->col, b->end_lineno, b->end_col};
    shift(P, &l.lineno, &l.col_offset);
    shift(P, &l.end_lineno, &l.end_col_offset);
    return l;
}

KrLoc loc_span(KrLoc a, KrLoc b) {
    KrLoc l = {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
    return l;
}

KrLoc loc_to_prev(Parser *P, KrLoc start) {
    KrToken *t = tok_at(P, P->pos > 0 ? P->pos - 1 : 0);
    KrLoc e = loc_of(P, t, t);
    return loc_span(start, e);
}

KrExpr *new_expr(Parser *P, KrExprKind k, KrLoc loc) {
    KrExpr *e = palloc(P, sizeof(KrExpr));
    if (e) {
        e->kind = k;
        e->loc = loc;
    }
    return e;
}

KrStmt *new_stmt(Parser *P, KrStmtKind k, KrLoc loc) {
    KrStmt *s = palloc(P, sizeof(KrStmt));
    if (s) {
        s->kind = k;
        s->loc = loc;
    }
    return s;
}

// Identifiers are NFKC-normalized, as CPython does (PEP 3131): ﬁle is file.
static const char *nfkc_name(Parser *P, const char *s, size_t n) {
    uint32_t *cps = kr_mem_alloc(P->ts, n * sizeof(uint32_t) * 19);
    char *buf = cps ? kr_mem_alloc(P->ts, n * 18 * 4 + 1) : NULL;
    const char *r = NULL;
    if (buf) {
        size_t k = 0;
        for (size_t i = 0; i < n;) {
            int used = kr_utf8_decode(s + i, n - i, &cps[k]);
            if (used <= 0) {
                used = 1;
                cps[k] = (unsigned char)s[i];
            }
            i += (size_t)used;
            k++;
        }
        uint32_t *norm = cps + n;
        size_t m = kr_unicode_nfkc(cps, k, norm), len = 0;
        for (size_t i = 0; i < m; i++) {
            len += (size_t)kr_utf8_encode(norm[i], buf + len);
        }
        r = kr_arena_strdup(P->ts, P->arena, buf, len);
    }
    kr_mem_free(P->ts, buf);
    kr_mem_free(P->ts, cps);
    return r;
}

const char *tok_str(Parser *P, KrToken *t) {
    const char *s = P->src + t->start;
    size_t n = (size_t)(t->end - t->start);
    for (size_t i = 0; i < n; i++) {
        if ((unsigned char)s[i] >= 0x80) {
            return nfkc_name(P, s, n);
        }
    }
    return kr_arena_strdup(P->ts, P->arena, s, n);
}

KrExpr *new_name(Parser *P, KrToken *t, KrExprContext ctx) {
    KrExpr *e = new_expr(P, KR_EXPR_Name, loc_of(P, t, t));
    if (!e || !(e->v.name.id = tok_str(P, t))) {
        return NULL;
    }
    e->v.name.ctx = ctx;
    return e;
}

KrExpr *new_constant(Parser *P, KrObject *value, KrLoc loc) {
    if (!value || kr_arena_own(P->ts, P->arena, value) < 0) {
        return NULL;
    }
    KrExpr *e = new_expr(P, KR_EXPR_Constant, loc);
    if (e) {
        e->v.constant.value = value;
    }
    return e;
}

bool tok_is(Parser *P, KrToken *t, const char *text) {
    size_t n = strlen(text);
    return t->kind == KR_TOK_NAME && (size_t)(t->end - t->start) == n && memcmp(P->src + t->start, text, n) == 0;
}

bool is_name(Parser *P, const char *text) {
    return tok_is(P, tok(P), text);
}

bool failed(Parser *P) {
    return kr_err_occurred(P->ts);
}

bool recover(Parser *P) {
    if (kr_err_matches(P->ts, &kr_exc_MemoryError)) {
        return false;
    }
    kr_err_clear(P->ts);
    return true;
}

bool enter(Parser *P) {
    if (++P->depth > MAX_DEPTH) {
        if (!failed(P) && P->lx->error) {
            // Deep nesting usually ends in the tokenizer's "too many nested parentheses".
            KR_INCREF(P->lx->error);
            kr_err_restore(P->ts, P->lx->error);
        } else if (!failed(P)) {
            // CPython's parser answers a too-deep rule stack with a bare MemoryError.
            kr_err_no_memory(P->ts);
        }
        P->depth--;
        return false;
    }
    return true;
}

// ---- errors

// Raises a parser error in the coordinates of the parsed text. A pending
// error (from the tokenizer or a deeper rule) wins.
static void *raise_at(Parser *P, KrType *type, int line, int col, int eline, int ecol, const char *msg) {
    if (failed(P)) {
        return NULL;
    }
    char buf[512];
    if (P->fstring && strncmp(msg, "f-string", 8) != 0) {
        snprintf(buf, sizeof buf, "f-string: %s", msg);
        msg = buf;
    }
    kr_lexer_error_at(P->ts, type, P->src, P->lx->len, P->filename, line, col, eline, ecol,
                      P->string_input ? KR_TEXT_AS_IS : KR_TEXT_ADD_NL, msg);
    return NULL;
}

// The number of the last line of src (0 for empty text), as CPython reports
// input that holds no statement.
static int last_line(const char *src, size_t len) {
    int n = 0;
    for (size_t i = 0; i < len; i++) {
        n += src[i] == '\n';
    }
    return n + (len > 0 && src[len - 1] != '\n');
}

// The NEWLINE token the lexer adds at the end of eval/single input that has
// none: CPython reports errors there at offset 0 (or with end_offset -1).
static bool implied_newline(Parser *P, KrToken *t) {
    return P->string_input && t->kind == KR_TOK_NEWLINE && t->start == t->end && t->start >= (int)P->lx->len;
}

// Whether the bracket the tokenizer found unclosed at the end of the input
// should be reported instead of a parser error: CPython does so when the
// parser had read past the bracket's line.
static bool unclosed_wins(Parser *P) {
    int far = P->far > P->pos ? P->far : P->pos;
    return P->lx->error && P->lx->unclosed_line > 0 && tok_at(P, far)->lineno > P->lx->unclosed_line;
}

static void restore_lexer_error(Parser *P) {
    KR_INCREF(P->lx->error);
    kr_err_restore(P->ts, P->lx->error);
}

void *err_range(Parser *P, KrType *type, int line, int col, int eline, int ecol, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (tok(P)->kind == KR_TOK_ERRORTOKEN && !failed(P)) {
        restore_lexer_error(P);
        return NULL;
    }
    // As CPython, a bracket left open at the end of the file explains an error
    // found on a later line better than the error itself does.
    if (!failed(P) && unclosed_wins(P)) {
        restore_lexer_error(P);
        return NULL;
    }
    return raise_at(P, type ? type : &kr_exc_SyntaxError, line, col, eline, ecol, msg);
}

void *err_tok(Parser *P, KrToken *t, const char *msg) {
    return err_range(P, NULL, t->lineno, t->col, t->end_lineno, t->end_col, "%s", msg);
}

void *err_expected(Parser *P, const char *what) {
    char msg[64];
    snprintf(msg, sizeof msg, "expected '%s'", what);
    KrToken *t = tok(P);
    return err_range(P, NULL, t->lineno, t->col, t->end_lineno, t->end_col, "%s", msg);
}

// Node locations are file coordinates; undo the f-string shift for errors.
void *err_node(Parser *P, KrLoc *loc, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int line = loc->lineno - P->line_off, col = loc->col_offset;
    int eline = loc->end_lineno - P->line_off, ecol = loc->end_col_offset;
    if (line == 1) {
        col -= P->col_off;
    }
    if (eline == 1) {
        ecol -= P->col_off;
    }
    return err_range(P, NULL, line, col, eline, ecol, "%s", msg);
}

void *err_invalid(Parser *P) {
    if (failed(P)) {
        return NULL;
    }
    KrToken *t = tok_at(P, P->invalid_at > P->pos ? P->invalid_at : P->pos);
    // Indentation errors are the exception: CPython's tokenizer reports them
    // only to a parser that reaches them.
    bool deferred = P->lx->error && kr_isinstance_type(P->lx->error, &kr_exc_IndentationError);
    if (t->kind == KR_TOK_ERRORTOKEN ||
        (P->lx->error && !deferred && (P->lx->unclosed_line == 0 || unclosed_wins(P)))) {
        // As CPython, a tokenizer error anywhere in the source is more
        // helpful than a generic "invalid syntax" (e.g. an unclosed bracket).
        restore_lexer_error(P);
        return NULL;
    }
    if (t->kind == KR_TOK_INDENT) {
        return raise_at(P, &kr_exc_IndentationError, t->lineno, t->end_col - 1, t->lineno, KR_END_NONE,
                        "unexpected indent");
    }
    if (t->kind == KR_TOK_DEDENT && t->start < (int)P->lx->len) {
        return raise_at(P, &kr_exc_IndentationError, t->lineno, t->col, t->lineno, KR_END_NONE,
                        "unexpected unindent");
    }
    if (implied_newline(P, t)) {
        return raise_at(P, &kr_exc_SyntaxError, t->lineno, KR_COL_ZERO, t->lineno, KR_END_ZERO, "invalid syntax");
    }
    if (t->kind == KR_TOK_ENDMARKER) {
        int line = last_line(P->src, P->lx->len);
        return raise_at(P, &kr_exc_SyntaxError, line, KR_COL_ZERO, line, KR_END_ZERO, "invalid syntax");
    }
    return raise_at(P, &kr_exc_SyntaxError, t->lineno, t->col, t->end_lineno, t->end_col, "invalid syntax");
}

// ---- numbers

KrExpr *parse_number(Parser *P, KrToken *t) {
    const char *s = P->src + t->start;
    size_t n = (size_t)(t->end - t->start);
    KrLoc loc = loc_of(P, t, t);
    char last = s[n - 1];
    bool is_float = false;
    if (n > 1 && s[0] == '0' && (s[1] | 0x20) != 'x' && (s[1] | 0x20) != 'o' && (s[1] | 0x20) != 'b') {
        is_float = memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n);
    } else if (!(n > 1 && s[0] == '0')) {
        is_float = memchr(s, '.', n) || memchr(s, 'e', n) || memchr(s, 'E', n);
    }
    if (last == 'j' || last == 'J') {
        KrObject *f = kr_float_from_string(P->ts, s, n - 1);
        if (!f) {
            return NULL;
        }
        double v = KR_FLOAT_VALUE(f);
        KR_DECREF(P->ts, f);
        return new_constant(P, kr_complex_new(P->ts, 0.0, v), loc);
    }
    if (is_float) {
        return new_constant(P, kr_float_from_string(P->ts, s, n), loc);
    }
    return new_constant(P, kr_int_from_string(P->ts, s, n, 0), loc);
}

// ---- string literals

// A growable buffer of code points (str) or bytes.
typedef struct Buf {
    uint32_t *cp;
    size_t n, cap;
} Buf;

static int buf_put(Parser *P, Buf *b, uint32_t c) {
    if (b->n == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        uint32_t *p = kr_mem_realloc(P->ts, b->cp, ncap * sizeof(uint32_t));
        if (!p) {
            return -1;
        }
        b->cp = p;
        b->cap = ncap;
    }
    b->cp[b->n++] = c;
    return 0;
}

static uint32_t decode_utf8(const char *s, size_t n, size_t *i) {
    unsigned c = (unsigned char)s[*i];
    int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
    uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len && *i + (size_t)k < n; k++) {
        v = (v << 6) | ((unsigned char)s[*i + (size_t)k] & 0x3F);
    }
    *i += (size_t)len;
    return v;
}

static int hexval(int c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// Error for a string token: as CPython, decoding errors point at the token
// after the group of adjacent literals (the last one the parser has read).
static void *str_err(Parser *P, KrToken *t, const char *fmt, ...) {
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    int i = P->pos;
    while (i < P->ntoks && kind_at(P, i) == KR_TOK_STRING) {
        i++;
    }
    KrToken *next = tok_at(P, i);
    if (next->lineno < t->end_lineno || P->fstring) {
        return raise_at(P, &kr_exc_SyntaxError, t->end_lineno, t->end_col, t->end_lineno, t->end_col, msg);
    }
    if (implied_newline(P, next)) {
        return raise_at(P, &kr_exc_SyntaxError, next->lineno, next->col - 1, next->lineno, KR_END_NONE, msg);
    }
    return raise_at(P, &kr_exc_SyntaxError, next->lineno, next->col, next->end_lineno, next->end_col, msg);
}

// Decodes the escapes of s[0:n] (a literal part of a str or bytes token) into b.
static int decode_escapes(Parser *P, KrToken *t, const char *s, size_t n, bool bytes, bool raw, Buf *b) {
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c != '\\' || raw || i + 1 >= n) {
            if (c >= 0x80) {
                if (bytes) {
                    raise_at(P, &kr_exc_SyntaxError, t->lineno, t->col, t->end_lineno, t->end_col,
                             "bytes can only contain ASCII literal characters");
                    return -1;
                }
                uint32_t cp;
                int k = kr_utf8_decode(s + i, n - i, &cp);
                if (k <= 0) {
                    // Bytes a coding declaration let through undecoded.
                    char msg[200];
                    kr_source_utf8_error(P->ts, s, n, msg, sizeof msg);
                    str_err(P, t, "%s", msg);
                    return -1;
                }
                if (buf_put(P, b, cp) < 0) {
                    return -1;
                }
                i += (size_t)k;
                continue;
            }
            if (buf_put(P, b, c) < 0) {
                return -1;
            }
            i++;
            continue;
        }
        size_t start = i;
        char e = s[i + 1];
        i += 2;
        uint32_t v;
        switch (e) {
        case '\n': continue;
        case '\\': v = '\\'; break;
        case '\'': v = '\''; break;
        case '"': v = '"'; break;
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            v = (uint32_t)(e - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (uint32_t)(s[i++] - '0');
            }
            if (bytes) {
                v &= 0xFF;
            }
            break;
        case 'x': case 'u': case 'U': {
            int need = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            if (bytes && e != 'x') {
                goto keep;
            }
            v = 0;
            int k = 0;
            for (; k < need && i < n && hexval((unsigned char)s[i]) >= 0; k++) {
                v = v * 16 + (uint32_t)hexval((unsigned char)s[i++]);
            }
            if (k < need) {
                if (bytes) {
                    str_err(P, t, "(value error) invalid \\x escape at position %zu", start);
                } else {
                    str_err(P, t,
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                            "truncated \\%s escape",
                            start, i - 1, e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX");
                }
                return -1;
            }
            if (v > 0x10FFFF) {
                str_err(P, t,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                        "illegal Unicode character",
                        start, i - 1);
                return -1;
            }
            break;
        }
        case 'N': {
            if (bytes) {
                goto keep;
            }
            int64_t cp = -1;
            size_t bad_end = i - 1; // where a malformed escape's reported bytes end
            if (i < n && s[i] == '{') {
                const char *close = memchr(s + i, '}', n - i);
                bad_end = close ? i : n - 1;
                if (close && close > s + i + 1) {
                    cp = kr_unicode_names_lookup(s + i + 1, (size_t)(close - s - i - 1));
                    size_t end = (size_t)(close - s);
                    if (cp < 0) {
                        str_err(P, t,
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                                "unknown Unicode character name",
                                start, end);
                        return -1;
                    }
                    i = end + 1;
                }
            }
            if (cp < 0) {
                str_err(P, t,
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: "
                        "malformed \\N character escape",
                        start, bad_end);
                return -1;
            }
            v = (uint32_t)cp;
            break;
        }
        default:
        keep:
            // Unknown escapes keep their backslash (CPython warns about them).
            i = start + 1;
            v = '\\';
            break;
        }
        if (buf_put(P, b, v) < 0) {
            return -1;
        }
    }
    return 0;
}

// The pieces of a group of adjacent literals: JoinedStr values being built,
// and pending literal text not yet made into a Constant.
typedef struct Parts {
    KrExprSeq values;
    int cap;
    Buf lit;
    KrLoc loc;
} Parts;

static int flush_literal(Parser *P, Parts *pt) {
    if (pt->lit.n == 0) {
        return 0;
    }
    KrObject *s = kr_str_from_ucs4(P->ts, pt->lit.cp, pt->lit.n);
    pt->lit.n = 0;
    KrExpr *c = new_constant(P, s, pt->loc);
    if (!c) {
        return -1;
    }
    return SEQ_PUSH(P, pt->values, pt->cap, c);
}

static int fstring_parse(Parser *P, KrToken *t, const char **sp, const char *end, bool raw, int lvl, Parts *pt);

// Position (line, col in bytes, file coordinates) of a pointer inside token t.
static void pos_in_token(Parser *P, KrToken *t, const char *p, int *line, int *col) {
    int l = t->lineno, c = t->col;
    for (const char *q = P->src + t->start; q < p; q++) {
        if (*q == '\n') {
            l++;
            c = 0;
        } else {
            c++;
        }
    }
    shift(P, &l, &c);
    *line = l;
    *col = c;
}

static void *fstr_err(Parser *P, KrToken *t, const char *msg) {
    return str_err(P, t, "%s", msg);
}

// One replacement field at *sp ('{'): appends a FormattedValue (and the
// "expr=" text of the self-documenting form) to pt.
static int fstring_expr(Parser *P, KrToken *t, const char **sp, const char *end, bool raw, int lvl, Parts *pt) {
    if (lvl >= 2) {
        fstr_err(P, t, "f-string: expressions nested too deeply");
        return -1;
    }
    const char *s = *sp + 1;
    const char *expr_start = s;
    char quote = 0;
    int string_type = 0, depth = 0;
    char stack[200];
    (void)raw;
    while (s < end) {
        char ch = *s;
        if (ch == '\\') {
            fstr_err(P, t, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 3;
                        string_type = 0;
                        quote = 0;
                        continue;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                    s++;
                    continue;
                }
            }
            s++;
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= 200) {
                fstr_err(P, t, "f-string: too many nested parenthesis");
                return -1;
            }
            stack[depth++] = ch;
        } else if (ch == '#') {
            fstr_err(P, t, "f-string expression part cannot include '#'");
            return -1;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    s += 2;
                    continue;
                }
            }
            if (ch == '>' || ch == '<') {
                s++;
                continue;
            }
            break;
        } else if (ch == ']' || ch == ')' || ch == '}') {
            char msg[80];
            if (!depth) {
                snprintf(msg, sizeof msg, "f-string: unmatched '%c'", ch);
                fstr_err(P, t, msg);
                return -1;
            }
            char open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}'))) {
                snprintf(msg, sizeof msg, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                         ch, open);
                fstr_err(P, t, msg);
                return -1;
            }
        }
        s++;
    }
    const char *expr_end = s;
    if (quote) {
        fstr_err(P, t, "f-string: unterminated string");
        return -1;
    }
    if (depth) {
        char msg[48];
        snprintf(msg, sizeof msg, "f-string: unmatched '%c'", stack[depth - 1]);
        fstr_err(P, t, msg);
        return -1;
    }
    if (s >= end) {
        goto unexpected_end;
    }
    {
        const char *q = expr_start;
        while (q < expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f' || *q == '\r')) {
            q++;
        }
        if (q == expr_end) {
            char c = *expr_end;
            if (c == '!' || c == ':' || c == '=') {
                char msg[48];
                snprintf(msg, sizeof msg, "f-string: expression required before '%c'", c);
                fstr_err(P, t, msg);
            } else {
                fstr_err(P, t, "f-string: empty expression not allowed");
            }
            return -1;
        }
    }
    int line, col;
    pos_in_token(P, t, expr_start, &line, &col);
    KrExpr *value = parse_fstring_expr(P, expr_start, (size_t)(expr_end - expr_start), line, col);
    if (!value) {
        return -1;
    }
    const char *expr_text_end = NULL;
    if (*s == '=') {
        s++;
        while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f' || *s == '\r')) {
            s++;
        }
        expr_text_end = s;
    }
    int conversion = -1;
    if (s < end && *s == '!') {
        s++;
        if (s >= end) {
            goto unexpected_end;
        }
        conversion = (unsigned char)*s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
            fstr_err(P, t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    if (s >= end) {
        goto unexpected_end;
    }
    KrExpr *spec = NULL;
    if (*s == ':') {
        s++;
        if (s >= end) {
            goto unexpected_end;
        }
        Parts sub;
        memset(&sub, 0, sizeof sub);
        // CPython 3.11 places a format spec at its own string token, not at the
        // whole implicitly concatenated string.
        sub.loc = lvl == 0 ? loc_of(P, t, t) : pt->loc;
        int r = fstring_parse(P, t, &s, end, raw, lvl + 1, &sub);
        if (r == 0) {
            r = flush_literal(P, &sub);
        }
        kr_mem_free(P->ts, sub.lit.cp);
        if (r < 0) {
            return -1;
        }
        spec = new_expr(P, KR_EXPR_JoinedStr, sub.loc);
        if (!spec) {
            return -1;
        }
        spec->v.joinedstr.values = sub.values;
    }
    if (s >= end || *s != '}') {
        goto unexpected_end;
    }
    s++;
    if (expr_text_end) {
        // The self-documenting form: the text "expr=" precedes the value.
        size_t i = 0, n = (size_t)(expr_text_end - expr_start);
        while (i < n) {
            if (buf_put(P, &pt->lit, decode_utf8(expr_start, n, &i)) < 0) {
                return -1;
            }
        }
        if (conversion == -1 && !spec) {
            conversion = 'r';
        }
    }
    if (flush_literal(P, pt) < 0) {
        return -1;
    }
    KrExpr *fv = new_expr(P, KR_EXPR_FormattedValue, pt->loc);
    if (!fv) {
        return -1;
    }
    fv->v.formatted.value = value;
    fv->v.formatted.conversion = conversion;
    fv->v.formatted.format_spec = spec;
    *sp = s;
    return SEQ_PUSH(P, pt->values, pt->cap, fv);
unexpected_end:
    fstr_err(P, t, "f-string: expecting '}'");
    return -1;
}

// Parses f-string text [*sp, end) into pt; at lvl > 0 (a format spec) it
// stops at the '}' that closes the replacement field.
static int fstring_parse(Parser *P, KrToken *t, const char **sp, const char *end, bool raw, int lvl, Parts *pt) {
    const char *s = *sp;
    while (s < end) {
        const char *lit = s;
        const char *lit_end = NULL;
        bool doubled = false;
        while (s < end) {
            char ch = *s++;
            if (!raw && ch == '\\' && s < end) {
                ch = *s++;
                if (ch == 'N') {
                    if (s < end && *s++ == '{') {
                        while (s < end && *s++ != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (lvl == 0) {
                    if (s < end && *s == ch) {
                        lit_end = s; // keep one brace, skip the other
                        doubled = true;
                        break;
                    }
                    if (ch == '}') {
                        fstr_err(P, t, "f-string: single '}' is not allowed");
                        return -1;
                    }
                }
                s--;
                break;
            }
        }
        if (!lit_end) {
            lit_end = s;
        }
        if (lit_end > lit && decode_escapes(P, t, lit, (size_t)(lit_end - lit), false, raw, &pt->lit) < 0) {
            return -1;
        }
        if (doubled) {
            s++;
            continue;
        }
        if (s >= end || *s == '}') {
            break;
        }
        if (fstring_expr(P, t, &s, end, raw, lvl, pt) < 0) {
            return -1;
        }
    }
    *sp = s;
    return 0;
}

KrExpr *parse_strings(Parser *P) {
    KrToken *first = tok(P);
    KrToken *last = first;
    Parts pt;
    memset(&pt, 0, sizeof pt);
    bool any_f = false, any_bytes = false, any_str = false, is_u = false;
    int ntok = 0;
    for (int i = P->pos; kind_at(P, i) == KR_TOK_STRING; i++) {
        last = tok_at(P, i);
    }
    pt.loc = loc_of(P, first, last);
    KrExpr *result = NULL;
    while (kind(P) == KR_TOK_STRING) {
        KrToken *t = advance(P);
        const char *s = P->src + t->start;
        bool raw = false, bytes = false, f = false;
        while (*s != '\'' && *s != '"') {
            char c = (char)(*s | 0x20);
            raw |= c == 'r';
            bytes |= c == 'b';
            f |= c == 'f';
            // CPython 3.11 marks kind 'u' for a lowercase prefix only.
            if (*s == 'u' && ntok == 0) {
                is_u = true;
            }
            s++;
        }
        int qlen = (s[0] == s[1] && s[1] == s[2] && P->src + t->end - s >= 6) ? 3 : 1;
        const char *body = s + qlen;
        const char *end = P->src + t->end - qlen;
        if ((ntok > 0 && bytes != any_bytes) || (bytes && any_str)) {
            raise_at(P, &kr_exc_SyntaxError, last->end_lineno, last->end_col, last->end_lineno, last->end_col,
                     "cannot mix bytes and nonbytes literals");
            goto done;
        }
        ntok++;
        any_bytes |= bytes;
        any_str |= !bytes;
        if (f) {
            any_f = true;
            if (fstring_parse(P, t, &body, end, raw, 0, &pt) < 0) {
                goto done;
            }
        } else if (decode_escapes(P, t, body, (size_t)(end - body), bytes, raw, &pt.lit) < 0) {
            goto done;
        }
    }
    if (any_bytes) {
        char *bytes = kr_mem_alloc(P->ts, pt.lit.n + 1);
        if (!bytes) {
            goto done;
        }
        for (size_t i = 0; i < pt.lit.n; i++) {
            bytes[i] = (char)pt.lit.cp[i];
        }
        result = new_constant(P, kr_bytes_from(P->ts, bytes, pt.lit.n), pt.loc);
        kr_mem_free(P->ts, bytes);
    } else if (any_f) {
        if (flush_literal(P, &pt) < 0) {
            goto done;
        }
        result = new_expr(P, KR_EXPR_JoinedStr, pt.loc);
        if (result) {
            result->v.joinedstr.values = pt.values;
        }
    } else {
        result = new_constant(P, kr_str_from_ucs4(P->ts, pt.lit.cp, pt.lit.n), pt.loc);
        if (result && is_u) {
            result->v.constant.kind = "u";
        }
    }
done:
    kr_mem_free(P->ts, pt.lit.cp);
    return result;
}

// ---- entry points

static void parser_init(Parser *P, KrThread *ts, KrArena *arena, KrLexer *lx, const char *filename) {
    memset(P, 0, sizeof *P);
    P->ts = ts;
    P->arena = arena;
    P->lx = lx;
    P->src = lx->src;
    P->filename = filename;
    P->toks = lx->toks;
    P->ntoks = lx->ntoks;
}

KrExpr *parse_fstring_expr(Parser *P, const char *text, size_t len, int line, int col) {
    // Parsed as "(text)", as CPython 3.11 does, so newlines are allowed inside.
    char *buf = kr_mem_alloc(P->ts, len + 3);
    if (!buf) {
        return NULL;
    }
    buf[0] = '(';
    memcpy(buf + 1, text, len);
    buf[len + 1] = ')';
    buf[len + 2] = '\0';
    KrLexer lx;
    KrExpr *e = NULL;
    int r = kr_lexer_run(P->ts, &lx, buf, len + 2, P->filename, false);
    kr_mem_free(P->ts, buf);
    if (r == 0) {
        Parser Q;
        parser_init(&Q, P->ts, P->arena, &lx, P->filename);
        Q.fstring = true;
        Q.line_off = line - 1;
        Q.col_off = col - 1;
        Q.depth = P->depth;
        Q.incomplete = NULL;
        e = parse_star_expressions(&Q);
        if (e) {
            accept(&Q, KR_TOK_NEWLINE);
            if (kind(&Q) != KR_TOK_ENDMARKER) {
                e = err_invalid(&Q);
            }
        } else if (!failed(&Q)) {
            err_invalid(&Q);
        }
    }
    kr_lexer_free(P->ts, &lx);
    return e;
}

// In interactive mode a compound statement ends only at a blank line.
static bool ends_with_blank_line(const char *s, size_t n) {
    int newlines = 0;
    while (n > 0) {
        char c = s[n - 1];
        if (c == '\n') {
            newlines++;
        } else if (c != ' ' && c != '\t' && c != '\f') {
            break;
        }
        n--;
    }
    return newlines >= 2;
}

static bool is_compound(KrStmt *s) {
    switch (s->kind) {
    case KR_STMT_FunctionDef: case KR_STMT_ClassDef: case KR_STMT_For: case KR_STMT_While: case KR_STMT_If:
    case KR_STMT_With: case KR_STMT_Match: case KR_STMT_Try:
        return true;
    default:
        return false;
    }
}

// 'single' mode: one statement, simple (possibly several joined by ';') or
// compound. The REPL (P->incomplete set) also accepts empty input and asks
// for more lines until a compound statement ends with a blank line.
static int parse_single(Parser *P, KrModule *mod, int *cap) {
    while (P->incomplete && accept(P, KR_TOK_NEWLINE)) {
    }
    if (kind(P) == KR_TOK_ENDMARKER || (kind(P) == KR_TOK_NEWLINE && tok(P)->start >= (int)P->lx->len)) {
        if (P->incomplete) {
            return 0;
        }
        int line = last_line(P->src, P->lx->len);
        raise_at(P, &kr_exc_SyntaxError, line, KR_COL_ZERO, line, KR_END_ZERO, "invalid syntax");
        return -1;
    }
    if (kind(P) == KR_TOK_NEWLINE && !P->incomplete) {
        // Leading blank lines and comments: CPython's 'single' grammar
        // starts with the statement itself.
        while (accept(P, KR_TOK_NEWLINE)) {
        }
        if (kind(P) == KR_TOK_ENDMARKER) {
            int line = last_line(P->src, P->lx->len);
            raise_at(P, &kr_exc_SyntaxError, line, KR_COL_ZERO, line, KR_END_ZERO, "invalid syntax");
            return -1;
        }
    }
    if (parse_statement(P, &mod->body, cap) < 0) {
        return -1;
    }
    bool compound = mod->body.n == 1 && is_compound(mod->body.items[0]);
    KrToken *end = tok_at(P, P->pos - 1); // the NEWLINE that ended the statement
    int code_end = tok_at(P, P->pos - 2)->end;
    while (accept(P, KR_TOK_NEWLINE)) {
    }
    if (kind(P) != KR_TOK_ENDMARKER) {
        KrToken *t = tok(P);
        if (t->kind == KR_TOK_ERRORTOKEN) {
            err_invalid(P);
        } else if (compound) {
            err_tok(P, t, "invalid syntax");
        } else {
            // Reported at the end of the statement's line, from its comment if any.
            int col = end->col;
            for (int i = code_end; i < end->start; i++) {
                if (P->src[i] == '#') {
                    col -= end->start - i;
                    break;
                }
            }
            raise_at(P, &kr_exc_SyntaxError, end->lineno, col, end->lineno, end->end_col,
                     "multiple statements found while compiling a single statement");
        }
        return -1;
    }
    if (compound && P->incomplete && !ends_with_blank_line(P->lx->src, P->lx->len)) {
        *P->incomplete = 1;
        KrToken *t = tok(P);
        raise_at(P, &kr_exc_SyntaxError, t->lineno, t->col, t->lineno, t->col, "incomplete input");
        return -1;
    }
    return 0;
}

KrModule *kr_parse(KrThread *ts, KrArena *arena, const char *source, size_t len, const char *filename,
                   KrParseMode mode, int *incomplete) {
    if (incomplete) {
        *incomplete = 0;
    }
    KrLexer lx;
    if (kr_lexer_run(ts, &lx, source, len, filename, mode == KR_MODE_EXEC) < 0) {
        kr_lexer_free(ts, &lx);
        return NULL;
    }
    Parser P;
    parser_init(&P, ts, arena, &lx, filename);
    P.incomplete = incomplete;
    P.string_input = mode != KR_MODE_EXEC;
    KrModule *mod = palloc(&P, sizeof(KrModule));
    if (!mod) {
        goto error;
    }
    mod->mode = mode;
    int cap = 0;
    if (mode == KR_MODE_EXEC) {
        while (kind(&P) != KR_TOK_ENDMARKER) {
            if (parse_statement(&P, &mod->body, &cap) < 0) {
                goto error;
            }
        }
    } else if (mode == KR_MODE_EVAL) {
        while (accept(&P, KR_TOK_NEWLINE)) {
        }
        mod->expr = parse_star_expressions(&P);
        if (!mod->expr) {
            err_invalid(&P);
            goto error;
        }
        while (accept(&P, KR_TOK_NEWLINE)) {
        }
        if (kind(&P) != KR_TOK_ENDMARKER) {
            err_invalid(&P);
            goto error;
        }
    } else if (parse_single(&P, mod, &cap) < 0) {
        goto error;
    }
    kr_lexer_free(ts, &lx);
    return mod;
error:
    if (incomplete) {
        KrToken *t = tok(&P);
        // Failing at the end of the text (or in an unfinished token) means more input may fix it.
        if (lx.incomplete || (t->start >= (int)lx.len &&
                              (t->kind == KR_TOK_ENDMARKER || t->kind == KR_TOK_DEDENT ||
                               (t->kind == KR_TOK_NEWLINE && t->start == t->end)))) {
            *incomplete = 1;
        }
    }
    if (!failed(&P)) {
        err_invalid(&P);
    }
    kr_lexer_free(ts, &lx);
    return NULL;
}
