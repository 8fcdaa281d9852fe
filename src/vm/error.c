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
#include "suggest.h"
#include "vm.h"

void kr_err_set_object(KrThread *ts, KrObject *exc) {
    // Implicit chaining: an exception raised while another is being handled
    // gets it as __context__ (without creating a cycle).
    KrObject *handled = ts->exc_info;
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

static void write_str(KrThread *ts, const char *s) {
    kr_vm_write(ts->vm, 2, s, strlen(s));
}

static void write_obj(KrThread *ts, KrObject *s) {
    size_t n;
    const char *u = kr_str_utf8(ts, s, &n);
    if (u) {
        kr_vm_write(ts->vm, 2, u, n);
    }
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

static void print_tb_repeated(KrThread *ts, long cnt) {
    char buf[80];
    cnt -= TB_RECURSIVE_CUTOFF;
    snprintf(buf, sizeof buf, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
    write_str(ts, buf);
}

static void print_tb_entry(KrThread *ts, KrTraceback *t) {
    KrCode *co = (KrCode *)t->code;
    char num[32];
    snprintf(num, sizeof num, "%d", t->lineno);
    write_str(ts, "  File \"");
    write_obj(ts, co->filename);
    write_str(ts, "\", line ");
    write_str(ts, num);
    write_str(ts, ", in ");
    write_obj(ts, co->name);
    write_str(ts, "\n");
    char *line = source_line(ts, co->filename, t->lineno);
    if (line) {
        const char *p = line;
        while (*p == ' ' || *p == '\t' || *p == '\f') {
            p++;
        }
        size_t len = strlen(p);
        while (len && (p[len - 1] == '\n' || p[len - 1] == '\r' || p[len - 1] == ' ')) {
            len--;
        }
        if (len) {
            write_str(ts, "    ");
            kr_vm_write(ts->vm, 2, p, len);
            write_str(ts, "\n");
            kr_carets_print(ts, co, t->lasti, line);
        }
        kr_port_free(line);
    }
}

static void print_tb(KrThread *ts, KrObject *tb) {
    write_str(ts, "Traceback (most recent call last):\n");
    long depth = 0;
    for (KrObject *p = tb; p; p = ((KrTraceback *)p)->next) {
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
        if (!last_file || co->filename != last_file || last_line == -1 || t->lineno != last_line ||
            co->name != last_name) {
            if (cnt > TB_RECURSIVE_CUTOFF) {
                print_tb_repeated(ts, cnt);
            }
            last_file = co->filename;
            last_line = t->lineno;
            last_name = co->name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF) {
            print_tb_entry(ts, t);
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF) {
        print_tb_repeated(ts, cnt);
    }
}

static KrObject *dict_attr(KrThread *ts, KrObject *exc, const char *name) {
    KrObject *d = kr_object_get_dict(ts, exc, false);
    return d ? kr_dict_get_item_str(ts, d, name) : NULL;
}

// The "  File ..., line N" header, source line and caret of a SyntaxError.
static void print_syntax_error_location(KrThread *ts, KrObject *exc) {
    KrObject *fn = dict_attr(ts, exc, "filename");
    KrObject *ln = dict_attr(ts, exc, "lineno");
    KrObject *text = dict_attr(ts, exc, "text");
    KrObject *off = dict_attr(ts, exc, "offset");
    KrObject *eoff = dict_attr(ts, exc, "end_offset");
    KrObject *eln = dict_attr(ts, exc, "end_lineno");
    if (!fn || !kr_str_check(fn) || !ln || !kr_int_check(ln)) {
        return;
    }
    write_str(ts, "  File \"");
    write_obj(ts, fn);
    write_str(ts, "\", line ");
    KrObject *lns = kr_str(ts, ln);
    if (lns) {
        write_obj(ts, lns);
        KR_DECREF(ts, lns);
    }
    write_str(ts, "\n");
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
    write_str(ts, "    ");
    write_obj(ts, line);
    if (KR_STR_LEN(line) == 0 || kr_str_char_at(line, KR_STR_LEN(line) - 1) != '\n') {
        write_str(ts, "\n");
    }
    KR_DECREF(ts, line);
    if (o < 0) {
        return;
    }
    // IndentationError always gets a single caret.
    int64_t carets = e > o && !kr_isinstance_type(exc, &kr_exc_IndentationError) ? e - o : 1;
    write_str(ts, "    ");
    for (int64_t i = 0; i < o; i++) {
        write_str(ts, " ");
    }
    for (int64_t i = 0; i < carets; i++) {
        write_str(ts, "^");
    }
    write_str(ts, "\n");
}

// "Type: message", with the module prefix for non-builtin exception classes.
static void print_exc_line(KrThread *ts, KrObject *exc) {
    KrType *t = KR_TYPE(exc);
    KrObject *mod = kr_getattr(ts, (KrObject *)t, KR_ID(ts, __module__));
    if (!mod) {
        kr_err_clear(ts);
    }
    KrObject *qual = kr_getattr(ts, (KrObject *)t, KR_ID(ts, __qualname__));
    if (!qual) {
        kr_err_clear(ts);
    }
    if (mod && kr_str_check(mod) && !kr_str_equal_cstr(mod, "builtins") && !kr_str_equal_cstr(mod, "__main__")) {
        write_obj(ts, mod);
        write_str(ts, ".");
    }
    if (qual && kr_str_check(qual)) {
        write_obj(ts, qual);
    } else {
        write_str(ts, kr_type_name_cstr(t));
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
        write_str(ts, ": <exception str() failed>\n");
        return;
    }
    if (KR_STR_LEN(s) > 0) {
        write_str(ts, ": ");
        write_obj(ts, s);
    }
    KR_DECREF(ts, s);
    // The traceback printer, not str(exc), adds the suggestion (as CPython's does).
    KrObject *hint = kr_suggest_for_exception(ts, exc);
    if (hint) {
        write_str(ts, ". Did you mean: '");
        write_obj(ts, hint);
        write_str(ts, "'?");
        KR_DECREF(ts, hint);
    }
    write_str(ts, "\n");
    KrObject *notes = dict_attr(ts, exc, "__notes__");
    if (notes && kr_list_check(notes)) {
        for (intptr_t i = 0; i < KR_LIST_SIZE(notes); i++) {
            KrObject *n = kr_str(ts, KR_LIST_ITEMS(notes)[i]);
            if (n) {
                write_obj(ts, n);
                write_str(ts, "\n");
                KR_DECREF(ts, n);
            } else {
                kr_err_clear(ts);
            }
        }
    }
}

static void print_one(KrThread *ts, KrObject *exc, int depth) {
    if (!kr_exception_check(exc)) {
        write_str(ts, "TypeError: print_exception(): Exception expected for value\n");
        return;
    }
    KrException *e = (KrException *)exc;
    if (depth < 100) {
        if (e->cause) {
            print_one(ts, e->cause, depth + 1);
            write_str(ts, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            print_one(ts, e->context, depth + 1);
            write_str(ts, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (e->traceback) {
        print_tb(ts, e->traceback);
    }
    if (kr_type_is_subtype(KR_TYPE(exc), &kr_exc_SyntaxError)) {
        print_syntax_error_location(ts, exc);
    }
    print_exc_line(ts, exc);
}

void kr_err_print(KrThread *ts, KrObject *exc) {
    // Printing must not disturb (or be disturbed by) a pending exception.
    KrObject *saved = kr_err_fetch(ts);
    print_one(ts, exc, 0);
    kr_err_clear(ts);
    kr_err_restore(ts, saved);
}
