// SPDX-License-Identifier: MIT
// The tokenizer: turns source text into the token array the parser reads.
#include "lexer.h"

#include <stdio.h>
#include <string.h>

#include "../base/utf8.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "ast.h"

#define MAX_INDENT 100
#define MAX_PAREN 200
#define TABSIZE 8

typedef struct Lx {
    KrThread *ts;
    KrLexer *out;
    const char *s;
    int n, p;
    int lineno, line_start;
    int ind[MAX_INDENT], alt[MAX_INDENT], indtop;
    char paren[MAX_PAREN];
    int parline[MAX_PAREN], parcol[MAX_PAREN];
    int level;
    bool atbol;
    bool failed; // hard failure (MemoryError)
} Lx;

static const char *const token_names[] = {
#define TOK(name, desc) #name,
#define OP(name, text) "'" text "'",
#define KW(name, text) "'" text "'",
#include "tokens.def"
#undef TOK
#undef OP
#undef KW
};

const char *kr_lexer_token_name(int kind) {
    return (kind >= 0 && kind < KR_TOK_COUNT) ? token_names[kind] : "?";
}

int kr_lexer_char_count(const char *s, int n) {
    int count = 0;
    for (int i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            count++;
        }
    }
    return count;
}

void kr_lexer_error_at(KrThread *ts, KrType *type, const char *src, size_t len, const char *filename,
                       int lineno, int col, int end_lineno, int end_col, int text_mode, const char *msg) {
    // Find the line (sources are short enough that a scan on error is fine).
    size_t ls = 0;
    for (int l = 1; l < lineno && ls < len; ls++) {
        if (src[ls] == '\n') {
            l++;
        }
    }
    size_t le = ls;
    while (le < len && src[le] != '\n') {
        le++;
    }
    int linelen = (int)(le - ls);
    if (col > linelen) {
        col = linelen + (le < len ? 1 : 0);
    }
    // A line with undecodable bytes has its columns counted in bytes, as CPython does.
    bool bytewise = kr_utf8_validate(src + ls, le - ls, NULL, NULL) < le - ls;
    int offset = bytewise ? (col < 0 ? 0 : col) + 1 : kr_lexer_char_count(src + ls, col < 0 ? 0 : col) + 1;
    if (col > linelen) {
        offset = kr_lexer_char_count(src + ls, linelen) + 2;
    } else if (col == KR_COL_ZERO) {
        offset = 0;
    }
    int end_offset;
    if (end_col == KR_END_NONE) {
        end_offset = -1;
    } else if (end_col == KR_END_ZERO) {
        end_offset = 0;
    } else {
        size_t es = ls;
        if (end_lineno != lineno) {
            es = 0;
            for (int l = 1; l < end_lineno && es < len; es++) {
                if (src[es] == '\n') {
                    l++;
                }
            }
        }
        size_t ee = es;
        while (ee < len && src[ee] != '\n') {
            ee++;
        }
        int elen = (int)(ee - es);
        bool end_bytewise = kr_utf8_validate(src + es, ee - es, NULL, NULL) < ee - es;
        int ec = end_col < elen ? end_col : elen;
        end_offset = (end_bytewise ? ec : kr_lexer_char_count(src + es, ec)) + 1;
        if (end_col > elen) {
            end_offset += end_col - elen;
        }
    }
    // Tokenizer errors quote the line without its newline; parser errors
    // with it (always for exec input, where CPython implies a final one).
    bool with_nl = text_mode == KR_TEXT_ADD_NL || (text_mode == KR_TEXT_AS_IS && le < len);
    char *text = kr_mem_alloc(ts, (size_t)linelen + 2);
    if (!text) {
        return;
    }
    memcpy(text, src + ls, (size_t)linelen);
    // Undecodable bytes (reported by the error itself) show as U+FFFD.
    for (int i = 0; i < linelen; i++) {
        size_t ok = kr_utf8_validate(text + i, (size_t)(linelen - i), NULL, NULL);
        if ((int)ok + i >= linelen) {
            break;
        }
        i += (int)ok;
        char *grown = kr_mem_realloc(ts, text, (size_t)linelen + 4);
        if (!grown) {
            kr_mem_free(ts, text);
            return;
        }
        text = grown;
        memmove(text + i + 3, text + i + 1, (size_t)(linelen - i - 1));
        memcpy(text + i, "\xEF\xBF\xBD", 3);
        linelen += 2;
        i += 2;
    }
    if (with_nl) {
        text[linelen++] = '\n';
    }
    text[linelen] = '\0';
    bool had_exc = ts->exc != NULL;
    kr_err_syntax(ts, type, msg, filename, lineno, offset, text, end_lineno, end_offset);
    kr_mem_free(ts, text);
    if (end_offset == 0 && !had_exc && ts->exc) {
        // kr_err_syntax reads an end_offset of 0 as "same as offset"; CPython
        // really reports 0 for many tokenizer errors, so store it afterwards.
        KrObject *zero = kr_int_from_i64(ts, 0);
        KrObject *name = kr_str_from_cstr(ts, "end_offset");
        KrObject *exc = ts->exc;
        if (zero && name) {
            ts->exc = NULL;
            if (kr_setattr(ts, exc, name, zero) < 0) {
                kr_err_clear(ts);
            }
            ts->exc = exc;
        }
        KR_XDECREF(ts, zero);
        KR_XDECREF(ts, name);
    }
}

// ---- token output

static int emit(Lx *L, int kind, int start, int end, int sl, int sc, int el, int ec) {
    KrLexer *o = L->out;
    if (o->ntoks == o->cap) {
        int ncap = o->cap ? o->cap * 2 : 256;
        KrToken *t = kr_mem_realloc(L->ts, o->toks, (size_t)ncap * sizeof(KrToken));
        if (!t) {
            L->failed = true;
            return -1;
        }
        o->toks = t;
        o->cap = ncap;
    }
    KrToken *t = &o->toks[o->ntoks++];
    t->kind = (uint8_t)kind;
    t->level = (uint8_t)(L->level > 255 ? 255 : L->level);
    t->start = start;
    t->end = end;
    t->lineno = sl;
    t->col = sc;
    t->end_lineno = el;
    t->end_col = ec;
    return 0;
}

// A token that starts and ends on the current line.
static int emit1(Lx *L, int kind, int start, int end) {
    return emit(L, kind, start, end, L->lineno, start - L->line_start, L->lineno, end - L->line_start);
}

// Records a tokenizer error (raised and fetched: the parser decides whether
// it is reported) and ends the token stream with an ERRORTOKEN.
// Its text is the line without its newline (see kr_lexer_error_at).
static int lex_error_text(Lx *L, KrType *type, int lineno, int col, int end_lineno, int end_col, int text_mode,
                          const char *msg) {
    if (text_mode == KR_TEXT_AS_IS && L->out->exec_input) {
        text_mode = KR_TEXT_ADD_NL; // exec input implies a final newline
    }
    kr_lexer_error_at(L->ts, type, L->s, (size_t)L->n, L->out->filename, lineno, col, end_lineno, end_col,
                      text_mode, msg);
    if (!kr_err_occurred(L->ts)) {
        L->failed = true;
        return -1;
    }
    if (!kr_err_matches(L->ts, &kr_exc_SyntaxError)) {
        L->failed = true; // MemoryError while building the error
        return -1;
    }
    L->out->error = kr_err_fetch(L->ts);
    emit1(L, KR_TOK_ERRORTOKEN, L->p < L->n ? L->p : L->n, L->p < L->n ? L->p : L->n);
    return -1;
}

// The number of the last line holding more than blanks.
static int last_content_line(Lx *L) {
    int end = L->n;
    while (end > 0 && (L->s[end - 1] == '\n' || L->s[end - 1] == ' ' || L->s[end - 1] == '\t')) {
        end--;
    }
    int line = 1;
    for (int i = 0; i < end; i++) {
        line += L->s[i] == '\n';
    }
    return line;
}

// Indentation errors are raised by CPython's parser when it reads them, so
// their text is the whole line, newline included.
static int lex_error(Lx *L, KrType *type, int lineno, int col, int end_lineno, int end_col, const char *msg) {
    bool indentation = type == &kr_exc_IndentationError || type == &kr_exc_TabError;
    return lex_error_text(L, type, lineno, col, end_lineno, end_col, indentation ? KR_TEXT_AS_IS : KR_TEXT_NO_NL, msg);
}

// An error at the "current position" convention of CPython's tokenizer:
// the column is that of the last character consumed (cur - line_start).
static int err_cur(Lx *L, int cur, const char *msg) {
    int col = cur - L->line_start - 1;
    return lex_error(L, &kr_exc_SyntaxError, L->lineno, col < 0 ? 0 : col, L->lineno,
                     cur - L->line_start - 1 < 0 ? 0 : cur - L->line_start - 1, msg);
}

// ---- characters

static inline int peekc(Lx *L, int at) {
    return at < L->n ? (unsigned char)L->s[at] : -1;
}

static inline bool is_digit(int c) {
    return c >= '0' && c <= '9';
}

static inline bool is_xdigit(int c) {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static inline bool is_id_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static inline bool is_id_char(int c) {
    return is_id_start(c) || is_digit(c);
}

// Decodes one UTF-8 sequence at s[p]; returns its length (0 if invalid).
static int utf8_decode(const char *s, int n, int p, uint32_t *cp) {
    unsigned c = (unsigned char)s[p];
    int len;
    uint32_t v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2;
        v = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        v = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        v = c & 0x07;
    } else {
        return 0;
    }
    if (p + len > n) {
        return 0;
    }
    for (int i = 1; i < len; i++) {
        unsigned d = (unsigned char)s[p + i];
        if ((d & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (d & 0x3F);
    }
    *cp = v;
    return len;
}

// Python's str.isprintable() is false for these (controls, separators, format chars).
static bool non_printable(uint32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || c == 0x1680 || (c >= 0x2000 && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F) || c == 0x3000 || c == 0xFEFF ||
           (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x600 && c <= 0x605) ||
           c == 0x61C || c == 0x6DD || c == 0x70F || c == 0x180E || (c >= 0xD800 && c <= 0xDFFF);
}

// An approximation of "not XID_Continue" for printable non-ASCII characters:
// punctuation, symbols and emoji blocks. (A full Unicode table is not worth
// its size here; letters of every script fall through as valid.)
static bool invalid_ident_char(uint32_t c) {
    if (c >= 0xA1 && c <= 0xBF) {
        return !(c == 0xAA || c == 0xB5 || c == 0xBA || c == 0xB7);
    }
    return c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x2027) ||
           (c >= 0x2030 && c <= 0x205E && c != 0x203F && c != 0x2040 && c != 0x2054) ||
           (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x2BFF) || (c >= 0x2E00 && c <= 0x2E7F) ||
           (c >= 0x3001 && c <= 0x3004) || (c >= 0x3008 && c <= 0x3020) || c == 0x3030 ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40 && c != 0xFF3F) || (c >= 0xFF5B && c <= 0xFF65) ||
           (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFFFD;
}

// Reports "invalid character" / "invalid non-printable character" at s[p].
static int bad_char(Lx *L, int p, uint32_t cp) {
    char msg[80];
    if (non_printable(cp)) {
        snprintf(msg, sizeof msg, "invalid non-printable character U+%04X", (unsigned)cp);
    } else {
        char utf8[5] = {0};
        uint32_t dummy;
        int len = utf8_decode(L->s, L->n, p, &dummy);
        memcpy(utf8, L->s + p, (size_t)(len ? len : 1));
        snprintf(msg, sizeof msg, "invalid character '%s' (U+%04X)", utf8, (unsigned)cp);
    }
    return lex_error(L, &kr_exc_SyntaxError, L->lineno, p - L->line_start, L->lineno, p - L->line_start, msg);
}

// Undecodable bytes in a name (or anywhere outside literals and comments):
// CPython decodes the whole name and reports the codec's error at its start.
// The error points at the first bad byte, at `bad`.
static int bad_utf8(Lx *L, int p, int bad) {
    int q = p;
    while (q < L->n && is_id_char((unsigned char)L->s[q])) {
        q++;
    }
    char msg[200];
    if (!kr_source_utf8_error(L->ts, L->s + p, (size_t)(q - p), msg, sizeof msg)) {
        snprintf(msg, sizeof msg, "invalid character");
    }
    return lex_error(L, &kr_exc_SyntaxError, L->lineno, bad - L->line_start, L->lineno, KR_END_NONE, msg);
}

// ---- keywords

typedef struct Kw {
    const char *text;
    int kind;
} Kw;

static const Kw keywords[] = {
#define TOK(name, desc)
#define OP(name, text)
#define KW(name, text) {text, KR_TOK_##name},
#include "tokens.def"
#undef TOK
#undef OP
#undef KW
};

static int keyword_kind(const char *s, int len) {
    if (len < 2 || len > 8 || !(s[0] >= 'F' && s[0] <= 'y')) {
        return KR_TOK_NAME;
    }
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
        const char *k = keywords[i].text;
        if (k[0] == s[0] && (int)strlen(k) == len && memcmp(k, s, (size_t)len) == 0) {
            return keywords[i].kind;
        }
    }
    return KR_TOK_NAME;
}

// ---- numbers (a port of the checks of CPython's tokenizer, same messages)

static inline int nextc(Lx *L) {
    return L->p < L->n ? (unsigned char)L->s[L->p++] : -1;
}

static inline void backup(Lx *L, int c) {
    if (c != -1) {
        L->p--;
    }
}

static bool lookahead(Lx *L, const char *test) {
    int q = L->p;
    for (; *test; test++, q++) {
        if (peekc(L, q) != (unsigned char)*test) {
            return false;
        }
    }
    return true;
}

// After a number: a letter glued to it is an error, except the keywords
// that may follow a number in valid code (1if x else y), which CPython only warns about.
static bool verify_end_of_number(Lx *L, int c, const char *kind) {
    bool r = false;
    if (c == 'a') {
        r = lookahead(L, "nd");
    } else if (c == 'e') {
        r = lookahead(L, "lse");
    } else if (c == 'f') {
        r = lookahead(L, "or");
    } else if (c == 'i') {
        int c2 = peekc(L, L->p);
        r = c2 == 'f' || c2 == 'n' || c2 == 's';
    } else if (c == 'o') {
        r = lookahead(L, "r");
    } else if (c == 'n') {
        r = lookahead(L, "ot");
    }
    // A non-ASCII character after a number ends it (CPython 3.11 reads it
    // as the next token): 1é is "invalid syntax", 1\xa0 a non-printable.
    if (!r && c != -1 && c < 128 && is_id_char(c)) {
        backup(L, c);
        char msg[64];
        snprintf(msg, sizeof msg, "invalid %s literal", kind);
        err_cur(L, L->p, msg);
        return false;
    }
    return true;
}

// Returns the char after the digits, or -2 after an error.
static int decimal_tail(Lx *L) {
    int c;
    for (;;) {
        do {
            c = nextc(L);
        } while (is_digit(c));
        if (c != '_') {
            break;
        }
        c = nextc(L);
        if (!is_digit(c)) {
            backup(L, c);
            err_cur(L, L->p, "invalid decimal literal");
            return -2;
        }
    }
    return c;
}

static int radix_literal(Lx *L, int base, const char *kind) {
    char msg[64];
    int c = nextc(L);
    do {
        if (c == '_') {
            c = nextc(L);
        }
        bool ok = base == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + base);
        if (!ok) {
            if (base != 16 && is_digit(c)) {
                snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
                return err_cur(L, L->p, msg);
            }
            backup(L, c);
            snprintf(msg, sizeof msg, "invalid %s literal", kind);
            return err_cur(L, L->p, msg);
        }
        do {
            c = nextc(L);
        } while (base == 16 ? is_xdigit(c) : (c >= '0' && c < '0' + base));
    } while (c == '_');
    if (base != 16 && is_digit(c)) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, kind);
        return err_cur(L, L->p, msg);
    }
    if (!verify_end_of_number(L, c, kind)) {
        return -1;
    }
    backup(L, c);
    return 0;
}

static int lex_number(Lx *L) {
    int start = L->p;
    int c = nextc(L);
    if (c == '.') {
        c = nextc(L);
        goto fraction;
    }
    if (c == '0') {
        c = nextc(L);
        if (c == 'x' || c == 'X') {
            if (radix_literal(L, 16, "hexadecimal") < 0) {
                return -1;
            }
            return emit1(L, KR_TOK_NUMBER, start, L->p);
        } else if (c == 'o' || c == 'O') {
            if (radix_literal(L, 8, "octal") < 0) {
                return -1;
            }
            return emit1(L, KR_TOK_NUMBER, start, L->p);
        } else if (c == 'b' || c == 'B') {
            if (radix_literal(L, 2, "binary") < 0) {
                return -1;
            }
            return emit1(L, KR_TOK_NUMBER, start, L->p);
        }
        bool nonzero = false;
        for (;;) {
            if (c == '_') {
                c = nextc(L);
                if (!is_digit(c)) {
                    backup(L, c);
                    return err_cur(L, L->p, "invalid decimal literal");
                }
            }
            if (c != '0') {
                break;
            }
            c = nextc(L);
        }
        int zeros_end = L->p;
        if (is_digit(c)) {
            nonzero = true;
            c = decimal_tail(L);
            if (c == -2) {
                return -1;
            }
        }
        if (c == '.') {
            c = nextc(L);
            goto fraction;
        } else if (c == 'e' || c == 'E') {
            goto exponent;
        } else if (c == 'j' || c == 'J') {
            goto imaginary;
        } else if (nonzero) {
            backup(L, c);
            return lex_error(L, &kr_exc_SyntaxError, L->lineno, start - L->line_start, L->lineno,
                             zeros_end - L->line_start - 1,
                             "leading zeros in decimal integer literals are not permitted; "
                             "use an 0o prefix for octal integers");
        }
        if (!verify_end_of_number(L, c, "decimal")) {
            return -1;
        }
        backup(L, c);
        return emit1(L, KR_TOK_NUMBER, start, L->p);
    }
    c = decimal_tail(L);
    if (c == -2) {
        return -1;
    }
    if (c == '.') {
        c = nextc(L);
    fraction:
        if (is_digit(c)) {
            backup(L, c);
            c = decimal_tail(L);
            if (c == -2) {
                return -1;
            }
        }
    }
    if (c == 'e' || c == 'E') {
    exponent:;
        int e = c;
        c = nextc(L);
        if (c == '+' || c == '-') {
            c = nextc(L);
            if (!is_digit(c)) {
                backup(L, c);
                return err_cur(L, L->p, "invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(L, c);
            if (!verify_end_of_number(L, e, "decimal")) {
                return -1;
            }
            backup(L, e);
            return emit1(L, KR_TOK_NUMBER, start, L->p);
        }
        backup(L, c);
        c = decimal_tail(L);
        if (c == -2) {
            return -1;
        }
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc(L);
        if (!verify_end_of_number(L, c, "imaginary")) {
            return -1;
        }
    } else if (!verify_end_of_number(L, c, "decimal")) {
        return -1;
    }
    backup(L, c);
    return emit1(L, KR_TOK_NUMBER, start, L->p);
}

// ---- strings

// Scans a string literal whose quote is at L->p (the prefix starts at start).
static int lex_string(Lx *L, int start) {
    int sl = L->lineno, sc = start - L->line_start;
    int q = (unsigned char)L->s[L->p++];
    bool triple = false;
    if (peekc(L, L->p) == q && peekc(L, L->p + 1) == q) {
        triple = true;
        L->p += 2;
    }
    char msg[96];
    for (;;) {
        if (L->p >= L->n) {
            if (triple) {
                L->out->incomplete = 1;
                int line = L->lineno - (L->n > 0 && L->s[L->n - 1] == '\n' && L->line_start == L->n ? 1 : 0);
                snprintf(msg, sizeof msg, "unterminated triple-quoted string literal (detected at line %d)", line);
            } else {
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)", L->lineno);
            }
            return lex_error(L, &kr_exc_SyntaxError, sl, sc, sl, sc, msg);
        }
        int c = (unsigned char)L->s[L->p++];
        if (c == q) {
            if (!triple) {
                break;
            }
            if (peekc(L, L->p) == q && peekc(L, L->p + 1) == q) {
                L->p += 2;
                break;
            }
        } else if (c == '\n') {
            if (!triple) {
                snprintf(msg, sizeof msg, "unterminated string literal (detected at line %d)", L->lineno);
                return lex_error(L, &kr_exc_SyntaxError, sl, sc, sl, sc, msg);
            }
            L->lineno++;
            L->line_start = L->p;
        } else if (c == '\\' && L->p < L->n) {
            if (L->s[L->p] == '\n') {
                L->lineno++;
                L->line_start = L->p + 1;
            }
            L->p++;
        }
    }
    return emit(L, KR_TOK_STRING, start, L->p, sl, sc, L->lineno, L->p - L->line_start);
}

static bool string_prefix(const char *s, int len) {
    if (len > 2) {
        return false;
    }
    bool r = false, b = false, u = false, f = false;
    for (int i = 0; i < len; i++) {
        switch (s[i] | 0x20) {
        case 'r': if (r) return false; r = true; break;
        case 'b': if (b) return false; b = true; break;
        case 'u': if (u) return false; u = true; break;
        case 'f': if (f) return false; f = true; break;
        default: return false;
        }
    }
    return !(u && len > 1) && !(b && f);
}

// ---- operators

static int op3(int a, int b, int c) {
    if (c == '=') {
        if (a == '<' && b == '<') return KR_TOK_LEFTSHIFTEQUAL;
        if (a == '>' && b == '>') return KR_TOK_RIGHTSHIFTEQUAL;
        if (a == '*' && b == '*') return KR_TOK_DOUBLESTAREQUAL;
        if (a == '/' && b == '/') return KR_TOK_DOUBLESLASHEQUAL;
    }
    if (a == '.' && b == '.' && c == '.') return KR_TOK_ELLIPSIS;
    return -1;
}

static int op2(int a, int b) {
    switch (a) {
    case '=': return b == '=' ? KR_TOK_EQEQUAL : -1;
    case '!': return b == '=' ? KR_TOK_NOTEQUAL : -1;
    case '<': return b == '=' ? KR_TOK_LESSEQUAL : b == '<' ? KR_TOK_LEFTSHIFT : b == '>' ? KR_TOK_NOTEQUAL : -1;
    case '>': return b == '=' ? KR_TOK_GREATEREQUAL : b == '>' ? KR_TOK_RIGHTSHIFT : -1;
    case '+': return b == '=' ? KR_TOK_PLUSEQUAL : -1;
    case '-': return b == '=' ? KR_TOK_MINEQUAL : b == '>' ? KR_TOK_RARROW : -1;
    case '*': return b == '=' ? KR_TOK_STAREQUAL : b == '*' ? KR_TOK_DOUBLESTAR : -1;
    case '/': return b == '=' ? KR_TOK_SLASHEQUAL : b == '/' ? KR_TOK_DOUBLESLASH : -1;
    case '%': return b == '=' ? KR_TOK_PERCENTEQUAL : -1;
    case '&': return b == '=' ? KR_TOK_AMPEREQUAL : -1;
    case '|': return b == '=' ? KR_TOK_VBAREQUAL : -1;
    case '^': return b == '=' ? KR_TOK_CIRCUMFLEXEQUAL : -1;
    case '@': return b == '=' ? KR_TOK_ATEQUAL : -1;
    case ':': return b == '=' ? KR_TOK_COLONEQUAL : -1;
    default: return -1;
    }
}

static int op1(int a) {
    switch (a) {
    case '(': return KR_TOK_LPAR;
    case ')': return KR_TOK_RPAR;
    case '[': return KR_TOK_LSQB;
    case ']': return KR_TOK_RSQB;
    case '{': return KR_TOK_LBRACE;
    case '}': return KR_TOK_RBRACE;
    case ':': return KR_TOK_COLON;
    case ',': return KR_TOK_COMMA;
    case ';': return KR_TOK_SEMI;
    case '+': return KR_TOK_PLUS;
    case '-': return KR_TOK_MINUS;
    case '*': return KR_TOK_STAR;
    case '/': return KR_TOK_SLASH;
    case '|': return KR_TOK_VBAR;
    case '&': return KR_TOK_AMPER;
    case '<': return KR_TOK_LESS;
    case '>': return KR_TOK_GREATER;
    case '=': return KR_TOK_EQUAL;
    case '.': return KR_TOK_DOT;
    case '%': return KR_TOK_PERCENT;
    case '~': return KR_TOK_TILDE;
    case '^': return KR_TOK_CIRCUMFLEX;
    case '@': return KR_TOK_AT;
    case '!': return KR_TOK_EXCLAMATION;
    default: return -1;
    }
}

static int lex_bracket(Lx *L, int c, int kind) {
    int p = L->p;
    if (c == '(' || c == '[' || c == '{') {
        if (L->level >= MAX_PAREN) {
            return err_cur(L, p + 1, "too many nested parentheses");
        }
        if (emit1(L, kind, p, p + 1) < 0) {
            return -1;
        }
        L->paren[L->level] = (char)c;
        L->parline[L->level] = L->lineno;
        L->parcol[L->level] = p - L->line_start;
        L->level++;
        L->p++;
        return 0;
    }
    char msg[128];
    if (L->level == 0) {
        snprintf(msg, sizeof msg, "unmatched '%c'", c);
        return err_cur(L, p + 1, msg);
    }
    int open = L->paren[L->level - 1];
    if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
        if (L->parline[L->level - 1] != L->lineno) {
            snprintf(msg, sizeof msg,
                     "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open,
                     L->parline[L->level - 1]);
        } else {
            snprintf(msg, sizeof msg, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open);
        }
        return err_cur(L, p + 1, msg);
    }
    L->level--;
    L->p++;
    return emit1(L, kind, p, p + 1);
}

// ---- indentation

// At the start of a logical line: measure the indentation, skip blank lines,
// and emit INDENT / DEDENT tokens. Returns 1 when the line is blank (consumed).
static int lex_indent(Lx *L) {
    int col = 0, alt = 0, q = L->p;
    for (;; q++) {
        int c = peekc(L, q);
        if (c == ' ') {
            col++;
            alt++;
        } else if (c == '\t') {
            col = (col / TABSIZE + 1) * TABSIZE;
            alt++;
        } else if (c == '\f') {
            col = alt = 0;
        } else {
            break;
        }
    }
    L->p = q;
    int c = peekc(L, q);
    if (c == '#' || c == '\n' || c == -1 || c == '\\') {
        if (c == '\\' && !(peekc(L, q + 1) == '\n')) {
            // A backslash that does not join lines starts real content.
        } else {
            return 1;
        }
    }
    int top = L->ind[L->indtop];
    if (col == top) {
        if (alt != L->alt[L->indtop]) {
            return lex_error(L, &kr_exc_TabError, L->lineno, 0, L->lineno, KR_END_ZERO,
                             "inconsistent use of tabs and spaces in indentation");
        }
    } else if (col > top) {
        if (L->indtop + 1 >= MAX_INDENT) {
            return lex_error(L, &kr_exc_IndentationError, L->lineno, q - L->line_start, L->lineno, KR_END_NONE,
                             "too many levels of indentation");
        }
        if (alt <= L->alt[L->indtop]) {
            return lex_error(L, &kr_exc_TabError, L->lineno, 0, L->lineno, KR_END_ZERO,
                             "inconsistent use of tabs and spaces in indentation");
        }
        L->indtop++;
        L->ind[L->indtop] = col;
        L->alt[L->indtop] = alt;
        return emit(L, KR_TOK_INDENT, L->line_start, q, L->lineno, 0, L->lineno, q - L->line_start);
    } else {
        while (L->indtop > 0 && col < L->ind[L->indtop]) {
            L->indtop--;
            if (emit1(L, KR_TOK_DEDENT, q, q) < 0) {
                return -1;
            }
        }
        if (col != L->ind[L->indtop]) {
            L->out->ntoks--; // the error replaces the last DEDENT
            int e = q;
            while (e < L->n && L->s[e] != '\n') {
                e++;
            }
            return lex_error(L, &kr_exc_IndentationError, L->lineno, e - L->line_start, L->lineno, KR_END_NONE,
                             "unindent does not match any outer indentation level");
        }
        if (alt != L->alt[L->indtop]) {
            return lex_error(L, &kr_exc_TabError, L->lineno, 0, L->lineno, KR_END_ZERO,
                             "inconsistent use of tabs and spaces in indentation");
        }
    }
    return 0;
}

static void new_line(Lx *L) {
    L->lineno++;
    L->line_start = L->p;
}

// ---- the main loop

static int lex_all(Lx *L) {
    for (;;) {
        if (L->atbol) {
            L->atbol = false;
            int r = lex_indent(L);
            if (r < 0) {
                return -1;
            }
            if (r == 1) {
                // Blank or comment-only line: skip it without touching the indentation.
                while (L->p < L->n && L->s[L->p] != '\n') {
                    L->p++;
                }
                if (L->p < L->n) {
                    L->p++;
                    new_line(L);
                    L->atbol = true;
                    continue;
                }
            }
        }
        int c = peekc(L, L->p);
        while (c == ' ' || c == '\t' || c == '\f') {
            c = peekc(L, ++L->p);
        }
        if (c == '#') {
            while (L->p < L->n && L->s[L->p] != '\n') {
                L->p++;
            }
            c = peekc(L, L->p);
        }
        int p = L->p;
        if (c == -1) {
            if (L->level > 0) {
                char msg[48];
                int lv = L->level - 1;
                snprintf(msg, sizeof msg, "'%c' was never closed", L->paren[lv]);
                L->out->incomplete = 1;
                L->out->unclosed_line = L->parline[lv];
                // CPython quotes the bracket's line with its newline only
                // when it is the last line (the one its tokenizer holds).
                return lex_error_text(L, &kr_exc_SyntaxError, L->parline[lv], L->parcol[lv], L->parline[lv],
                                      KR_END_ZERO, last_content_line(L) == L->parline[lv] ? KR_TEXT_AS_IS : KR_TEXT_NO_NL,
                                      msg);
            }
            KrLexer *o = L->out;
            if (o->ntoks > 0 && o->toks[o->ntoks - 1].kind != KR_TOK_NEWLINE &&
                o->toks[o->ntoks - 1].kind != KR_TOK_DEDENT) {
                if (emit1(L, KR_TOK_NEWLINE, p, p) < 0) {
                    return -1;
                }
            }
            // DEDENTs and the end marker sit on the line after the last one.
            int el = L->p > L->line_start ? L->lineno + 1 : L->lineno;
            for (; L->indtop > 0; L->indtop--) {
                if (emit(L, KR_TOK_DEDENT, p, p, el, 0, el, 0) < 0) {
                    return -1;
                }
            }
            return emit(L, KR_TOK_ENDMARKER, p, p, el, 0, el, 0);
        }
        if (c == '\n') {
            L->p++;
            if (L->level == 0) {
                // Zero width, as CPython's NEWLINE token leaves the '\n' out.
                if (emit1(L, KR_TOK_NEWLINE, p, p) < 0) {
                    return -1;
                }
                L->atbol = true;
            }
            new_line(L);
            continue;
        }
        if (c == '\\') {
            int c2 = peekc(L, p + 1);
            if (c2 != '\n') {
                if (c2 == -1) {
                    L->out->incomplete = 1;
                    L->p = p + 1;
                    return lex_error(L, &kr_exc_SyntaxError, L->lineno, p + 1 - L->line_start, L->lineno,
                                     KR_END_NONE, "unexpected EOF while parsing");
                }
                return lex_error(L, &kr_exc_SyntaxError, L->lineno, p + 1 - L->line_start, L->lineno,
                                 KR_END_ZERO, "unexpected character after line continuation character");
            }
            if (p + 2 >= L->n && L->level == 0) {
                // CPython blames the backslash's own line, just past it.
                L->out->incomplete = 1;
                L->p = p + 2;
                return lex_error(L, &kr_exc_SyntaxError, L->lineno, p + 1 - L->line_start, L->lineno,
                                 KR_END_NONE, "unexpected EOF while parsing");
            }
            L->p = p + 2;
            new_line(L);
            continue;
        }
        if (is_id_start(c)) {
            int q = p;
            while (q < L->n) {
                int d = (unsigned char)L->s[q];
                if (d < 128) {
                    if (!is_id_char(d)) {
                        break;
                    }
                    q++;
                    continue;
                }
                uint32_t cp;
                int len = utf8_decode(L->s, L->n, q, &cp);
                if (len == 0) {
                    return bad_utf8(L, p, q);
                }
                if (non_printable(cp) || invalid_ident_char(cp)) {
                    if (q == p) {
                        return bad_char(L, q, cp);
                    }
                    break; // the next token will report it
                }
                q += len;
            }
            int d = peekc(L, q);
            if ((d == '"' || d == '\'') && string_prefix(L->s + p, q - p)) {
                L->p = q;
                if (lex_string(L, p) < 0) {
                    return -1;
                }
                continue;
            }
            L->p = q;
            if (emit1(L, keyword_kind(L->s + p, q - p), p, q) < 0) {
                return -1;
            }
            continue;
        }
        if (is_digit(c) || (c == '.' && is_digit(peekc(L, p + 1)))) {
            if (lex_number(L) < 0) {
                return -1;
            }
            continue;
        }
        if (c == '"' || c == '\'') {
            if (lex_string(L, p) < 0) {
                return -1;
            }
            continue;
        }
        int c1 = peekc(L, p + 1), c2 = peekc(L, p + 2);
        int k = op3(c, c1, c2);
        if (k >= 0) {
            L->p += 3;
            if (emit1(L, k, p, p + 3) < 0) {
                return -1;
            }
            continue;
        }
        k = op2(c, c1);
        if (k >= 0) {
            L->p += 2;
            if (emit1(L, k, p, p + 2) < 0) {
                return -1;
            }
            continue;
        }
        k = op1(c);
        if (k == KR_TOK_LPAR || k == KR_TOK_LSQB || k == KR_TOK_LBRACE || k == KR_TOK_RPAR || k == KR_TOK_RSQB ||
            k == KR_TOK_RBRACE) {
            if (lex_bracket(L, c, k) < 0) {
                return -1;
            }
            continue;
        }
        if (k >= 0) {
            L->p++;
            if (emit1(L, k, p, p + 1) < 0) {
                return -1;
            }
            continue;
        }
        if (c == 0) {
            return lex_error(L, &kr_exc_SyntaxError, L->lineno, p - L->line_start, L->lineno, KR_END_ZERO,
                             "source code cannot contain null bytes");
        }
        if (c < 128 && !non_printable((uint32_t)c)) {
            // $ ? ` : the parser reports "invalid syntax" here.
            L->p++;
            if (emit1(L, KR_TOK_UNKNOWN, p, p + 1) < 0) {
                return -1;
            }
            continue;
        }
        uint32_t cp = (uint32_t)c;
        if (c >= 128 && utf8_decode(L->s, L->n, p, &cp) == 0) {
            cp = (uint32_t)c;
        }
        return bad_char(L, p, cp);
    }
}

int kr_lexer_run(KrThread *ts, KrLexer *lx, const char *src, size_t len, const char *filename, bool exec_input) {
    memset(lx, 0, sizeof *lx);
    lx->filename = filename;
    lx->exec_input = exec_input;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
        len -= 3;
    }
    if (len > (size_t)INT32_MAX - 8) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "source code too long");
        return -1;
    }
    // Own a copy with \r\n and \r translated to \n, as CPython reads source text.
    char *copy = kr_mem_alloc(ts, len + 1);
    if (!copy) {
        return -1;
    }
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        char c = src[i];
        if (c == '\r') {
            if (i + 1 < len && src[i + 1] == '\n') {
                continue;
            }
            c = '\n';
        }
        copy[n++] = c;
    }
    copy[n] = '\0';
    lx->src = copy;
    lx->len = n;
    Lx L;
    memset(&L, 0, sizeof L);
    L.ts = ts;
    L.out = lx;
    L.s = copy;
    L.n = (int)n;
    L.lineno = 1;
    L.atbol = true;
    lx->cap = (int)(n / 4) + 16;
    lx->toks = kr_mem_alloc(ts, (size_t)lx->cap * sizeof(KrToken));
    if (!lx->toks) {
        return -1;
    }
    lex_all(&L);
    return L.failed ? -1 : 0;
}

void kr_lexer_free(KrThread *ts, KrLexer *lx) {
    kr_mem_free(ts, (void *)lx->src);
    kr_mem_free(ts, lx->toks);
    if (lx->error) {
        KR_DECREF(ts, lx->error);
    }
    memset(lx, 0, sizeof *lx);
}
