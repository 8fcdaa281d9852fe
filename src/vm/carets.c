// SPDX-License-Identifier: MIT
// Caret lines under traceback source lines, following CPython 3.11's rules:
// the failing expression is underlined with '^'; for a binary operation or a
// subscript the operator part gets '^' and the operands '~'.
#include <stdlib.h>
#include <string.h>

#include "../compiler/ast.h"
#include "carets.h"
#include "vm.h"

static bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r';
}

// Character index of a UTF-8 byte offset in `s`.
static int char_offset(const char *s, int bytes) {
    int n = 0;
    for (int i = 0; i < bytes && s[i]; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

// Finds the operator of a binary operation or the brackets of a subscript in
// the segment (as CPython 3.11's extract_anchors_from_line). Offsets are byte
// offsets into the segment; returns false when there is nothing to anchor.
static bool find_anchors(KrThread *ts, const char *seg, size_t len, int *left, int *right) {
    char *text = malloc(len + 5);
    if (!text) {
        return false;
    }
    memcpy(text, "(\n", 2);
    memcpy(text + 2, seg, len);
    memcpy(text + 2 + len, "\n)", 3);
    KrArena *arena = kr_arena_new(ts);
    bool found = false;
    if (arena) {
        KrObject *saved = kr_err_fetch(ts);
        KrModule *m = kr_parse(ts, arena, text, len + 4, "<carets>", KR_MODE_EVAL, NULL);
        if (m && m->expr) {
            KrExpr *e = m->expr;
            if (e->kind == KR_EXPR_BinOp) {
                KrExpr *l = e->v.binop.left, *r = e->v.binop.right;
                if (l->loc.end_lineno == 2 && r->loc.lineno == 2) {
                    for (int i = l->loc.end_col_offset; i < r->loc.col_offset && i < (int)len; i++) {
                        if (is_space(seg[i]) || seg[i] == ')' || seg[i] == '\\') {
                            continue;
                        }
                        *left = i;
                        *right = i + 1;
                        if (i + 1 < r->loc.col_offset && !is_space(seg[i + 1])) {
                            ++*right;
                        }
                        found = true;
                        break;
                    }
                }
            } else if (e->kind == KR_EXPR_Subscript) {
                KrExpr *v = e->v.subscript.value, *s = e->v.subscript.slice;
                if (v->loc.end_lineno == 2 && s->loc.end_lineno == 2) {
                    *left = v->loc.end_col_offset;
                    *right = s->loc.end_col_offset + 1;
                    found = true;
                }
            }
        }
        kr_err_clear(ts);
        kr_err_restore(ts, saved);
        kr_arena_free(ts, arena);
    }
    free(text);
    return found;
}

void kr_carets_print(KrThread *ts, KrCode *co, int lasti, const char *line, const char *margin) {
    KrPosition pos;
    if (!kr_code_position(co, lasti, &pos)) {
        return;
    }
    int nbytes = (int)strlen(line);
    if (pos.line < 0 || pos.end_line < 0 || pos.col < 0 || pos.end_col < 0 || pos.col > nbytes) {
        return;
    }
    int start = char_offset(line, pos.col);
    int end;
    int left = -1, right = -1;
    if (pos.line == pos.end_line) {
        if (pos.end_col > nbytes || pos.end_col < pos.col) {
            return;
        }
        end = char_offset(line, pos.end_col);
        int lb, rb;
        if (find_anchors(ts, line + pos.col, (size_t)(pos.end_col - pos.col), &lb, &rb)) {
            left = start + char_offset(line + pos.col, lb);
            right = start + char_offset(line + pos.col, rb);
        }
    } else {
        // A multi-line expression is underlined to the end of its first line.
        int i = nbytes;
        while (--i >= 0 && is_space(line[i])) {
        }
        end = char_offset(line, i + 1);
    }
    int indent = 0;
    while (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f') {
        indent++;
    }
    int stripped_end = nbytes;
    while (stripped_end > indent && is_space(line[stripped_end - 1])) {
        stripped_end--;
    }
    int stripped_len = char_offset(line, stripped_end) - char_offset(line, indent);
    bool anchors = left >= 0;
    if (end - start == stripped_len && !anchors) {
        return;
    }
    int truncation = char_offset(line, indent);
    size_t cap = (size_t)(end - truncation) + 8;
    char *out = malloc(cap);
    if (!out) {
        return;
    }
    size_t n = 0;
    memcpy(out, "    ", 4);
    n = 4;
    kr_vm_write(ts->vm, 2, margin, strlen(margin));
    for (int off = truncation; off < end; off++) {
        char c;
        if (off < start) {
            c = ' ';
        } else if (anchors) {
            c = (off >= left && off < right) ? '^' : '~';
        } else {
            c = '^';
        }
        out[n++] = c;
    }
    out[n++] = '\n';
    kr_vm_write(ts->vm, 2, out, n);
    free(out);
}
