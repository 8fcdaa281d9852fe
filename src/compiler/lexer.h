// SPDX-License-Identifier: MIT
// The tokenizer: source text to a token array (INDENT/DEDENT, NEWLINE, ...).
#ifndef KR_LEXER_H
#define KR_LEXER_H

#include "../object/object.h"

typedef enum {
#define TOK(name, desc) KR_TOK_##name,
#define OP(name, text) KR_TOK_##name,
#define KW(name, text) KR_TOK_##name,
#include "tokens.def"
#undef TOK
#undef OP
#undef KW
    KR_TOK_COUNT
} KrTokKind;

// One token. Positions are byte offsets into the source; columns are 0-based
// UTF-8 byte columns, lines 1-based, as the AST wants them.
typedef struct KrToken {
    uint8_t kind;
    uint8_t level;       // bracket depth before this token (capped at 255)
    int start, end;      // byte range in the source
    int lineno, col, end_lineno, end_col;
} KrToken;

// The whole token stream of a source. Tokenizing stops at the first error:
// the last token is then KR_TOK_ERRORTOKEN and `error` holds the SyntaxError
// (not raised yet, so that the parser can report an earlier error first,
// as CPython's lazy tokenizer does).
typedef struct KrLexer {
    const char *src;
    size_t len;
    const char *filename;
    KrToken *toks;
    int ntoks, cap;
    KrObject *error;     // pending tokenizer SyntaxError, or NULL
    int incomplete;      // input ended inside an unfinished construct
    int unclosed_line;   // line of the innermost bracket left open at the end, or 0
    bool exec_input;     // exec-mode input: CPython implies a final newline
} KrLexer;

// Tokenizes src[0:len] (a UTF-8 BOM is skipped, \r\n and \r become \n:
// lx->src is the lexer's own normalized copy, which the parser reads).
// Returns 0, or -1 on a hard failure (MemoryError set); a syntax error in
// the source is not a failure (see `error`).
int kr_lexer_run(KrThread *ts, KrLexer *lx, const char *src, size_t len, const char *filename, bool exec_input);
void kr_lexer_free(KrThread *ts, KrLexer *lx);
const char *kr_lexer_token_name(int kind);   // "'('", "NAME", ...

// Number of code points in s[0:n] of UTF-8 text (for 1-based error columns).
int kr_lexer_char_count(const char *s, int n);

// Raises SyntaxError/IndentationError/TabError at a position of `src`:
// lineno and 0-based byte col (reported as the 1-based character column).
// end_col KR_END_NONE reports end_offset -1 and KR_END_ZERO reports 0, as
// CPython does for some errors. The offending line is the `text`: as in the
// source, with its '\n' added (KR_TEXT_ADD_NL) or dropped (KR_TEXT_NO_NL).
#define KR_END_NONE (-1000)
#define KR_END_ZERO (-1001)
#define KR_COL_ZERO (-1002) // as col: report offset 0
void kr_lexer_error_at(KrThread *ts, KrType *type, const char *src, size_t len, const char *filename,
                       int lineno, int col, int end_lineno, int end_col, int text_mode, const char *msg);
enum { KR_TEXT_AS_IS, KR_TEXT_ADD_NL, KR_TEXT_NO_NL };

// bytes objects are provided by the core (there is no bytes header yet).
extern KrObject *kr_bytes_from(KrThread *ts, const char *s, size_t len);

#endif
