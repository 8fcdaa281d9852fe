// SPDX-License-Identifier: MIT
// Raising, fetching and printing exceptions; the C recursion guard.
#include <stdio.h>
#include <string.h>

#include "../object/code.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "carets.h"
#include "error.h"
#include "suggest.h"
#include "vm.h"

void kr_err_set_object(KrThread *ts, KrObject *exc) {
    // Implicit chaining: an exception raised while another is being handled
    // gets it as __context__ (without creating a cycle).
    KrObject *handled = kr_exc_info_borrow(ts);
    if (handled && handled != exc && kr_exception_check(exc)) {
        KrObject *o = handled;
        while (o) {
            KrObject *ctx = ((KrException *)o)->context;
            if (ctx == exc) {
                KR_CLEAR(ts, ((KrException *)o)->context);
                break;
            }
            o = ctx;
        }
        KR_SETREF(ts, ((KrException *)exc)->context, KR_INCREF(handled));
    }
    KR_SETREF(ts, ts->exc, exc);
}

void kr_err_restore(KrThread *ts, KrObject *exc) {
    KR_SETREF(ts, ts->exc, exc);
}

void kr_err_set_type(KrThread *ts, KrType *type, KrObject *value) {
    KrObject *exc;
    if (value == KR_NONE) {
        value = NULL; // as CPython's _PyErr_CreateException: None means no arguments
    }
    if (value && kr_isinstance_type(value, type)) {
        exc = KR_INCREF(value);
    } else if (value && kr_tuple_check(value) && type != &kr_exc_KeyError && type != &kr_exc_StopIteration) {
        exc = kr_call(ts, (KrObject *)type, KR_TUPLE_ITEMS(value), (size_t)KR_TUPLE_SIZE(value), NULL);
    } else {
        exc = value ? kr_call1(ts, (KrObject *)type, value) : kr_call0(ts, (KrObject *)type);
    }
    if (exc) {
        kr_err_set_object(ts, exc);
    }
}

void kr_err_set_str(KrThread *ts, KrType *type, const char *msg) {
    KrObject *s = kr_str_from_cstr(ts, msg);
    if (s) {
        kr_err_set_type(ts, type, s);
        KR_DECREF(ts, s);
    }
}

void kr_err_vformat(KrThread *ts, KrType *type, const char *fmt, va_list ap) {
    KrObject *s = kr_str_from_vformat(ts, fmt, ap);
    if (s) {
        kr_err_set_type(ts, type, s);
        KR_DECREF(ts, s);
    }
}

void kr_err_format(KrThread *ts, KrType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    kr_err_vformat(ts, type, fmt, ap);
    va_end(ap);
}

KrObject *kr_err_no_memory(KrThread *ts) {
    // Preallocated, so raising it needs no memory.
    KrObject *e = ts->vm->memory_error;
    if (e) {
        KR_SETREF(ts, ts->exc, KR_INCREF(e));
    }
    return NULL;
}

bool kr_err_occurred(KrThread *ts) {
    return ts->exc != NULL;
}

bool kr_err_matches(KrThread *ts, KrType *type) {
    return ts->exc && kr_isinstance_type(ts->exc, type);
}

KrObject *kr_err_fetch(KrThread *ts) {
    KrObject *e = ts->exc;
    ts->exc = NULL;
    return e;
}

void kr_err_clear(KrThread *ts) {
    KR_CLEAR(ts, ts->exc);
}

// The slow path of kr_enter_recursive: c_depth (already incremented) has
// passed the cached bound, so check the real limits and refresh the cache.
int kr_enter_recursive_check(KrThread *ts, const char *where) {
    int limit = kr_port_c_recursion_limit();
    if (ts->vm->recursion_limit + 50 < limit) {
        limit = ts->vm->recursion_limit + 50;
    }
    if (ts->c_depth > limit) {
        --ts->c_depth;
        kr_err_format(ts, &kr_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    // Below half the limit nothing needs checking (the limit can be lowered
    // by sys.setrecursionlimit, which resets the cache).
    ts->c_depth_ok = limit / 2;
    return 0;
}

// ---- printing tracebacks ------------------------------------------------------

void kr_error_write(KrExcPrinter *p, const char *s) {
    kr_vm_write(p->ts->vm, 2, s, strlen(s));
}

void kr_error_write_obj(KrExcPrinter *p, KrObject *s) {
    size_t n;
    const char *u = kr_str_utf8(p->ts, s, &n);
    if (u) {
        kr_vm_write(p->ts->vm, 2, u, n);
    } else {
        kr_err_clear(p->ts);
    }
}

void kr_error_write_indent(KrExcPrinter *p) {
    for (int i = 0; i < p->group_depth; i++) {
        kr_error_write(p, "  ");
    }
}

void kr_error_write_margin(KrExcPrinter *p) {
    kr_error_write_indent(p);
    if (p->group_depth) {
        kr_error_write(p, "| ");
    }
}

// The indentation and margin as one string (for the caret line).
static const char *margin_text(KrExcPrinter *p, char *buf, size_t size) {
    int n = 0, depth = p->group_depth;
    while (depth-- > 0 && (size_t)n + 2 < size) {
        buf[n++] = ' ';
        buf[n++] = ' ';
    }
    if (p->group_depth && (size_t)n + 2 < size) {
        buf[n++] = '|';
        buf[n++] = ' ';
    }
    buf[n] = 0;
    return buf;
}

// The text of line `lineno` of a source file, without surrounding whitespace.
static char *source_line(KrThread *ts, KrObject *filename, int lineno) {
    size_t n;
    const char *path = kr_str_utf8(ts, filename, &n);
    if (!path || path[0] == '<') {
        return NULL;
    }
    return kr_port_read_line(path, lineno);
}

// CPython's traceback.c: at most this many entries print, the innermost ones
// (sys.tracebacklimit's default), and a run of entries for the same file, line
// and function prints its first TB_RECURSIVE_CUTOFF, then a count line.
#define TB_LIMIT 1000
#define TB_RECURSIVE_CUTOFF 3

// As CPython 3.11, this line gets no margin inside exception groups.
static void print_tb_repeated(KrExcPrinter *p, long cnt) {
    char buf[80];
    cnt -= TB_RECURSIVE_CUTOFF;
    snprintf(buf, sizeof buf, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    kr_error_write(p, buf);
}

static void print_tb_entry(KrExcPrinter *p, KrTraceback *t) {
    KrThread *ts = p->ts;
    KrCode *co = (KrCode *)t->code;
    char num[32];
    int lineno = kr_exc_tb_lineno(t);
    snprintf(num, sizeof num, "%d", lineno);
    kr_error_write_margin(p);
    kr_error_write(p, "  File \"");
    kr_error_write_obj(p, co->filename);
    kr_error_write(p, "\", line ");
    kr_error_write(p, num);
    kr_error_write(p, ", in ");
    kr_error_write_obj(p, co->name);
    kr_error_write(p, "\n");
    char *line = source_line(ts, co->filename, lineno);
    if (line) {
        const char *s = line;
        while (*s == ' ' || *s == '\t' || *s == '\f') {
            s++;
        }
        size_t len = strlen(s);
        while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' ')) {
            len--;
        }
        if (len) {
            char margin[64];
            kr_error_write_margin(p);
            kr_error_write(p, "    ");
            kr_vm_write(ts->vm, 2, s, len);
            kr_error_write(p, "\n");
            kr_carets_print(ts, co, t->lasti, line, margin_text(p, margin, sizeof margin));
        }
        kr_port_free(line);
    }
}

static void print_tb(KrExcPrinter *p, KrObject *tb, const char *header_margin, const char *header) {
    kr_error_write_indent(p);
    kr_error_write(p, header_margin);
    kr_error_write(p, header);
    long depth = 0;
    for (KrObject *t = tb; t; t = ((KrTraceback *)t)->next) {
        depth++;
    }
    for (; tb && depth > TB_LIMIT; depth--) {
        tb = ((KrTraceback *)tb)->next;
    }
    KrObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb; tb = ((KrTraceback *)tb)->next) {
        KrTraceback *t = (KrTraceback *)tb;
        KrCode *co = (KrCode *)t->code;
        if (!last_file || co->filename != last_file || last_line == -1 || kr_exc_tb_lineno(t) != last_line ||
            co->name != last_name) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                print_tb_repeated(p, cnt);
            }
            last_file = co->filename;
            last_line = kr_exc_tb_lineno(t);
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) {
            print_tb_entry(p, t);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        print_tb_repeated(p, cnt);
    }
}

static KrObject *dict_attr(KrThread *ts, KrObject *exc, const char *name) {
    KrObject *d = kr_object_get_dict(ts, exc, false);
    return d ? kr_dict_get_item_str(ts, d, name) : NULL;
}

// The "  File ..., line N" header, source line and caret of a SyntaxError
// (only the header gets the margin inside a group, as in CPython 3.11).
static void print_syntax_error_location(KrExcPrinter *p, KrObject *exc) {
    KrThread *ts = p->ts;
    KrObject *fn = dict_attr(ts, exc, "filename");
    KrObject *ln = dict_attr(ts, exc, "lineno");
    KrObject *text = dict_attr(ts, exc, "text");
    KrObject *off = dict_attr(ts, exc, "offset");
    KrObject *eoff = dict_attr(ts, exc, "end_offset");
    KrObject *eln = dict_attr(ts, exc, "end_lineno");
    if (!fn || !kr_str_check(fn) || !ln || !kr_int_check(ln)) {
        return;
    }
    kr_error_write_margin(p);
    kr_error_write(p, "  File \"");
    kr_error_write_obj(p, fn);
    kr_error_write(p, "\", line ");
    KrObject *lns = kr_str(ts, ln);
    if (lns) {
        kr_error_write_obj(p, lns);
        KR_DECREF(ts, lns);
    }
    kr_error_write(p, "\n");
    if (!text || !kr_str_check(text)) {
        return;
    }
    // The rules of CPython 3.11's print_error_text: offsets are 1-based, an
    // error spanning lines is underlined to the end of its first line, and no
    // caret is drawn left of the (indentation-stripped) text.
    int ok;
    intptr_t size = KR_STR_LEN(text);
    int64_t l = kr_int_as_i64(ln, &ok);
    int64_t o = off && kr_int_check(off) ? kr_int_as_i64(off, &ok) : 0;
    int64_t e = eoff && kr_int_check(eoff) ? kr_int_as_i64(eoff, &ok) : -1;
    if (eln && kr_int_check(eln) && kr_int_as_i64(eln, &ok) > l) {
        e = size;
    }
    if (e > size + 1) {
        e = size + 1;
    }
    o--;
    e--;
    intptr_t start = 0;
    while (start < size) {
        uint32_t c = kr_str_char_at(text, start);
        if (c != ' ' && c != '\t' && c != '\f') {
            break;
        }
        start++;
    }
    o -= start;
    e -= start;
    intptr_t len = size - start;
    if (len > 0 && kr_str_char_at(text, size - 1) == '\n') {
        len--;
    }
    if (o > len) {
        o = len;
    }
    // A text of several lines: show the one the offset falls in.
    for (intptr_t i = start; i < start + len; i++) {
        if (kr_str_char_at(text, i) == '\n') {
            intptr_t skip = i - start + 1;
            if (skip > o) {
                break;
            }
            start += skip;
            len -= skip;
            o -= skip;
            e -= skip;
            i = start - 1;
        }
    }
    KrObject *line = kr_str_substr(ts, text, start, size);
    if (!line) {
        kr_err_clear(ts);
        return;
    }
    kr_error_write(p, "    ");
    kr_error_write_obj(p, line);
    if (KR_STR_LEN(line) == 0 || kr_str_char_at(line, KR_STR_LEN(line) - 1) != '\n') {
        kr_error_write(p, "\n");
    }
    KR_DECREF(ts, line);
    if (o < 0) {
        return;
    }
    // IndentationError always gets a single caret.
    int64_t carets = e > o && !kr_isinstance_type(exc, &kr_exc_IndentationError) ? e - o : 1;
    kr_error_write(p, "    ");
    for (int64_t i = 0; i < o; i++) {
        kr_error_write(p, " ");
    }
    for (int64_t i = 0; i < carets; i++) {
        kr_error_write(p, "^");
    }
    kr_error_write(p, "\n");
}

// One note: each of its lines gets the margin, then a newline ends it.
static void print_note(KrExcPrinter *p, KrObject *note) {
    KrThread *ts = p->ts;
    KrObject *s = kr_str_check(note) ? KR_INCREF(note) : kr_str(ts, note);
    KrObject *lines = s ? kr_call_method(ts, s, KR_ID(ts, splitlines), (KrObject *[]){KR_TRUE}, 1) : NULL;
    KR_XDECREF(ts, s);
    if (!lines || !kr_list_check(lines)) {
        KR_XDECREF(ts, lines);
        kr_err_clear(ts);
        kr_error_write(p, "<note str() failed>\n");
        return;
    }
    for (intptr_t i = 0; i < KR_LIST_SIZE(lines); i++) {
        kr_error_write_margin(p);
        kr_error_write_obj(p, KR_LIST_ITEMS(lines)[i]);
    }
    KR_DECREF(ts, lines);
    kr_error_write(p, "\n");
}

// __notes__ as CPython 3.11.7 prints them: a sequence note by note, anything
// else by its repr (with no newline after it).
static void print_notes(KrExcPrinter *p, KrObject *exc) {
    KrThread *ts = p->ts;
    KrObject *notes = kr_getattr_opt(ts, exc, KR_ID(ts, __notes__));
    if (!notes) {
        kr_err_clear(ts);
        return;
    }
    if (!KR_TYPE(notes)->getitem || kr_dict_check(notes)) {
        kr_error_write_margin(p);
        KrObject *r = kr_repr(ts, notes);
        if (r) {
            kr_error_write_obj(p, r);
            KR_DECREF(ts, r);
        } else {
            kr_err_clear(ts);
            kr_error_write(p, "<__notes__ repr() failed>");
        }
        KR_DECREF(ts, notes);
        return;
    }
    KrObject *seq = kr_tuple_from_iterable(ts, notes);
    KR_DECREF(ts, notes);
    if (!seq) {
        kr_err_clear(ts);
        return;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(seq); i++) {
        print_note(p, KR_TUPLE_GET(seq, i));
    }
    KR_DECREF(ts, seq);
}

// "Type: message", with the module prefix for non-builtin exception classes,
// then the notes.
static void print_exc_line(KrExcPrinter *p, KrObject *exc) {
    KrThread *ts = p->ts;
    KrType *t = KR_TYPE(exc);
    kr_error_write_margin(p);
    KrObject *mod = kr_getattr(ts, (KrObject *)t, KR_ID(ts, __module__));
    if (!mod) {
        kr_err_clear(ts);
    }
    KrObject *qual = kr_getattr(ts, (KrObject *)t, KR_ID(ts, __qualname__));
    if (!qual) {
        kr_err_clear(ts);
    }
    if (mod && kr_str_check(mod) && !kr_str_equal_cstr(mod, "builtins") && !kr_str_equal_cstr(mod, "__main__")) {
        kr_error_write_obj(p, mod);
        kr_error_write(p, ".");
    }
    if (qual && kr_str_check(qual)) {
        kr_error_write_obj(p, qual);
    } else {
        kr_error_write(p, kr_type_name_cstr(t));
    }
    KR_XDECREF(ts, mod);
    KR_XDECREF(ts, qual);
    KrObject *s;
    if (kr_type_is_subtype(t, &kr_exc_SyntaxError)) {
        KrObject *msg = dict_attr(ts, exc, "msg");
        s = msg ? kr_str(ts, msg) : kr_str(ts, exc);
    } else {
        s = kr_str(ts, exc);
    }
    if (!s) {
        kr_err_clear(ts);
        kr_error_write(p, ": <exception str() failed>\n");
        print_notes(p, exc);
        return;
    }
    if (KR_STR_LEN(s) > 0) {
        kr_error_write(p, ": ");
        kr_error_write_obj(p, s);
    }
    KR_DECREF(ts, s);
    // The traceback printer, not str(exc), adds the suggestion (as CPython's does).
    KrObject *hint = kr_suggest_for_exception(ts, exc);
    if (hint) {
        kr_error_write(p, ". Did you mean: '");
        kr_error_write_obj(p, hint);
        kr_error_write(p, "'?");
        KR_DECREF(ts, hint);
    }
    kr_error_write(p, "\n");
    print_notes(p, exc);
}

void kr_error_print_one(KrExcPrinter *p, KrObject *exc) {
    KrException *e = (KrException *)exc;
    if (e->traceback) {
        bool group = kr_exc_group_check(exc);
        const char *header_margin = group && p->group_depth == 1 ? "+ " : p->group_depth ? "| " : "";
        print_tb(p, e->traceback, header_margin,
                 group ? "Exception Group Traceback (most recent call last):\n"
                       : "Traceback (most recent call last):\n");
    }
    if (kr_type_is_subtype(KR_TYPE(exc), &kr_exc_SyntaxError)) {
        print_syntax_error_location(p, exc);
    }
    print_exc_line(p, exc);
}

static bool seen(KrExcPrinter *p, KrObject *exc) {
    for (intptr_t i = 0; i < p->nseen; i++) {
        if (p->seen[i] == exc) {
            return true;
        }
    }
    return false;
}

static void mark_seen(KrExcPrinter *p, KrObject *exc) {
    if (p->nseen == p->capseen) {
        intptr_t cap = p->capseen ? p->capseen * 2 : 16;
        KrObject **s = kr_mem_realloc(p->ts, p->seen, (size_t)cap * sizeof(KrObject *));
        if (!s) {
            kr_err_clear(p->ts);
            return;
        }
        p->seen = s;
        p->capseen = cap;
    }
    p->seen[p->nseen++] = exc;
}

// A cause or context, then the line saying how it led to what follows.
static void print_chained(KrExcPrinter *p, KrObject *exc, const char *message) {
    bool need_close = p->need_close;
    p->chain_depth++;
    kr_error_print_chain(p, exc);
    p->chain_depth--;
    p->need_close = need_close;
    kr_error_write_margin(p);
    kr_error_write(p, "\n");
    kr_error_write_margin(p);
    kr_error_write(p, message);
    kr_error_write_margin(p);
    kr_error_write(p, "\n");
}

void kr_error_print_chain(KrExcPrinter *p, KrObject *exc) {
    if (!kr_exception_check(exc)) {
        kr_error_write_margin(p);
        kr_error_write(p, "TypeError: print_exception(): Exception expected for value\n");
        return;
    }
    KrException *e = (KrException *)exc;
    mark_seen(p, exc);
    if (p->chain_depth < 100) {
        if (e->cause) {
            if (!seen(p, e->cause)) {
                print_chained(p, e->cause, "The above exception was the direct cause of the following exception:\n");
            }
        } else if (e->context && !e->suppress_context && !seen(p, e->context)) {
            print_chained(p, e->context, "During handling of the above exception, another exception occurred:\n");
        }
    }
    if (kr_exc_group_check(exc)) {
        kr_error_group_print(p, exc);
    } else {
        kr_error_print_one(p, exc);
    }
}

void kr_err_print(KrThread *ts, KrObject *exc) {
    // Printing must not disturb (or be disturbed by) a pending exception.
    KrObject *saved = kr_err_fetch(ts);
    KrExcPrinter p = {.ts = ts};
    kr_error_print_chain(&p, exc);
    kr_mem_free(ts, p.seen);
    kr_err_clear(ts);
    kr_err_restore(ts, saved);
}
