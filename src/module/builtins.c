// SPDX-License-Identifier: MIT
// The builtins module: builtin types, exceptions, constants and functions.
#include <limits.h>
#include <string.h>

#include "modules.h"

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/iterators.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/async.h"
#include "../vm/vm.h"

// ---- helpers ----------------------------------------------------------------

static size_t kw_count(KrObject *kwnames)
{
    return kwnames ? (size_t)KR_TUPLE_SIZE(kwnames) : 0;
}

// Binds keyword-only arguments (print, min/max, sorted) by name. out[i] gets
// a borrowed reference or stays NULL. Unknown names raise CPython 3.11's
// "'x' is an invalid keyword argument for f()" (f = `fname`).
static int parse_kwonly(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                        const char *const *names, KrObject **out)
{
    size_t nkw = kw_count(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        KrObject *name = KR_TUPLE_GET(kwnames, i);
        size_t j = 0;
        while (names[j] != NULL && !kr_str_equal_cstr(name, names[j])) {
            j++;
        }
        if (names[j] == NULL) {
            kr_err_format(ts, &kr_exc_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
            return -1;
        }
        out[j] = args[nargs + i];
    }
    return 0;
}

static const char *type_name(KrObject *o)
{
    return kr_type_name_cstr(KR_TYPE(o));
}

// sys.<name> for print() and input(): borrowed, possibly None; NULL with
// RuntimeError "<prefix>lost sys.<name>" when sys has no such attribute.
static KrObject *sys_stream_borrow(KrThread *ts, const char *name, const char *prefix)
{
    KrObject *stream = NULL;
    if (ts->vm->sys_dict != NULL) {
        stream = kr_dict_get_item_str(ts, ts->vm->sys_dict, name);
        if (stream == NULL && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    if (stream == NULL) {
        kr_err_format(ts, &kr_exc_RuntimeError, "%slost sys.%s", prefix, name);
    }
    return stream;
}

// file.write(text); the result is discarded.
static int file_write(KrThread *ts, KrObject *file, KrObject *text)
{
    KrObject *r = kr_call_method(ts, file, KR_ID(ts, write), &text, 1);
    if (r == NULL) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}

// file.write(str(obj)), as PyFile_WriteObject with Py_PRINT_RAW.
static int file_write_str_of(KrThread *ts, KrObject *file, KrObject *obj)
{
    KrObject *s = kr_str(ts, obj);
    if (s == NULL) {
        return -1;
    }
    int r = file_write(ts, file, s);
    KR_DECREF(ts, s);
    return r;
}

static int file_flush(KrThread *ts, KrObject *file)
{
    KrObject *r = kr_call_method(ts, file, KR_ID(ts, flush), NULL, 0);
    if (r == NULL) {
        return -1;
    }
    KR_DECREF(ts, r);
    return 0;
}


static int check_attr_name(KrThread *ts, KrObject *name)
{
    if (!kr_str_check(name)) {
        kr_err_format(ts, &kr_exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
        return -1;
    }
    return 0;
}

// ---- print / input ------------------------------------------------------

static KrObject *builtin_print(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    KrObject *kw[4] = {NULL, NULL, NULL, NULL};
    if (parse_kwonly(ts, "print", args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    KrObject *sep = kw[0] == KR_NONE ? NULL : kw[0];
    KrObject *end = kw[1] == KR_NONE ? NULL : kw[1];
    KrObject *file = kw[2];
    if (file == NULL || file == KR_NONE) {
        file = sys_stream_borrow(ts, "stdout", "");
        if (file == NULL) {
            return NULL;
        }
        // sys.stdout may be None when there is no output channel.
        if (file == KR_NONE) {
            KR_RETURN_NONE;
        }
    }
    if (sep != NULL && !kr_str_check(sep)) {
        kr_err_format(ts, &kr_exc_TypeError, "sep must be None or a string, not %s", type_name(sep));
        return NULL;
    }
    if (end != NULL && !kr_str_check(end)) {
        kr_err_format(ts, &kr_exc_TypeError, "end must be None or a string, not %s", type_name(end));
        return NULL;
    }
    // Writing may run Python code that rebinds sys.stdout; keep the file alive.
    KR_INCREF(file);
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && file_write(ts, file, sep ? sep : ts->vm->latin1[' ']) < 0) {
            goto error;
        }
        if (file_write_str_of(ts, file, args[i]) < 0) {
            goto error;
        }
    }
    if (file_write(ts, file, end ? end : ts->vm->latin1['\n']) < 0) {
        goto error;
    }
    if (kw[3] != NULL) {
        int flush = kr_is_true(ts, kw[3]);
        if (flush < 0 || (flush && file_flush(ts, file) < 0)) {
            goto error;
        }
    }
    KR_DECREF(ts, file);
    KR_RETURN_NONE;

error:
    KR_DECREF(ts, file);
    return NULL;
}

// input([prompt]): CPython's path for a non-interactive stdin: write the
// prompt to sys.stdout, flush it, and read a line with sys.stdin.readline()
// (Krait's own sys.stdin reads through kr_vm_readline).
static KrObject *builtin_input(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "input", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    KrObject *fin = sys_stream_borrow(ts, "stdin", "input(): ");
    if (fin == NULL) {
        return NULL;
    }
    KrObject *fout = sys_stream_borrow(ts, "stdout", "input(): ");
    if (fout == NULL) {
        return NULL;
    }
    KrObject *ferr = sys_stream_borrow(ts, "stderr", "input(): ");
    if (ferr == NULL) {
        return NULL;
    }
    if (fin == KR_NONE || fout == KR_NONE || ferr == KR_NONE) {
        kr_err_format(ts, &kr_exc_RuntimeError, "input(): lost sys.%s",
                      fin == KR_NONE ? "stdin" : fout == KR_NONE ? "stdout" : "stderr");
        return NULL;
    }
    KrObject *line = NULL;
    KR_INCREF(fin);
    KR_INCREF(fout);
    // As CPython, a failing flush() of stderr or stdout does not stop input().
    if (file_flush(ts, ferr) < 0) {
        kr_err_clear(ts);
    }
    if (nargs == 1 && file_write_str_of(ts, fout, args[0]) < 0) {
        goto done;
    }
    if (file_flush(ts, fout) < 0) {
        kr_err_clear(ts);
    }
    line = kr_call_method(ts, fin, KR_ID(ts, readline), NULL, 0);
    if (line == NULL) {
        goto done;
    }
    if (!kr_str_check(line)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "object.readline() returned non-string");
        KR_CLEAR(ts, line);
        goto done;
    }
    intptr_t len = KR_STR_LEN(line);
    if (len == 0) {
        kr_err_set_str(ts, &kr_exc_EOFError, "EOF when reading a line");
        KR_CLEAR(ts, line);
        goto done;
    }
    if (kr_str_char_at(line, len - 1) == '\n') {
        KR_SETREF(ts, line, kr_str_substr(ts, line, 0, len - 1));
    }

done:
    KR_DECREF(ts, fin);
    KR_DECREF(ts, fout);
    return line;
}

// ---- simple one-argument functions --------------------------------------

static KrObject *builtin_len(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    intptr_t n = kr_len(ts, o);
    return n < 0 ? NULL : kr_int_from_i64(ts, n);
}

static KrObject *builtin_repr(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return kr_repr(ts, o);
}

static KrObject *builtin_ascii(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return kr_ascii(ts, o);
}

static KrObject *builtin_abs(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return kr_absolute(ts, o);
}

static KrObject *builtin_id(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return kr_int_from_u64(ts, (uint64_t)(uintptr_t)o);
}

static KrObject *builtin_hash(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    KrHash h = kr_hash(ts, o);
    return h == -1 ? NULL : kr_int_from_i64(ts, h);
}

// breakpoint(*args, **kws): hands over to sys.breakpointhook.
static KrObject *builtin_breakpoint(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames)
{
    (void)self;
    KrObject *hook = kr_dict_get_item_str(ts, ts->vm->sys_dict, "breakpointhook");
    if (!hook) {
        if (!kr_err_occurred(ts)) {
            kr_err_set_str(ts, &kr_exc_RuntimeError, "lost sys.breakpointhook");
        }
        return NULL;
    }
    KR_INCREF(hook);
    KrObject *r = kr_call(ts, hook, args, nargs, kwnames);
    KR_DECREF(ts, hook);
    return r;
}

static KrObject *builtin_callable(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    (void)ts;
    return kr_bool_from(kr_callable(o));
}

// any() and all(): stop at the first item whose truth is `stop_at`.
static KrObject *any_all(KrThread *ts, KrObject *iterable, bool stop_at)
{
    KrObject *it = kr_iter(ts, iterable);
    if (it == NULL) {
        return NULL;
    }
    for (;;) {
        KrObject *item = kr_next(ts, it);
        if (item == NULL) {
            KR_DECREF(ts, it);
            return kr_err_occurred(ts) ? NULL : kr_bool_from(!stop_at);
        }
        int truth = kr_is_true(ts, item);
        KR_DECREF(ts, item);
        if (truth < 0) {
            KR_DECREF(ts, it);
            return NULL;
        }
        if ((truth != 0) == stop_at) {
            KR_DECREF(ts, it);
            return kr_bool_from(stop_at);
        }
    }
}

static KrObject *builtin_any(KrThread *ts, KrObject *self, KrObject *iterable)
{
    (void)self;
    return any_all(ts, iterable, true);
}

static KrObject *builtin_all(KrThread *ts, KrObject *self, KrObject *iterable)
{
    (void)self;
    return any_all(ts, iterable, false);
}

static KrObject *builtin_ord(KrThread *ts, KrObject *self, KrObject *c)
{
    (void)self;
    if (kr_bytes_check(c) || kr_bytearray_check(c)) {
        const char *p;
        intptr_t n;
        kr_bytes_buffer(ts, c, &p, &n);
        if (n != 1) {
            kr_err_format(ts, &kr_exc_TypeError, "ord() expected a character, but string of length %lld found",
                          (long long)n);
            return NULL;
        }
        return kr_int_from_i64(ts, (unsigned char)p[0]);
    }
    if (!kr_str_check(c)) {
        kr_err_format(ts, &kr_exc_TypeError, "ord() expected string of length 1, but %s found", type_name(c));
        return NULL;
    }
    if (KR_STR_LEN(c) != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "ord() expected a character, but string of length %lld found",
                      (long long)KR_STR_LEN(c));
        return NULL;
    }
    return kr_int_from_i64(ts, kr_str_char_at(c, 0));
}

static KrObject *builtin_chr(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    int cp;
    if (kr_index_as_int(ts, o, &cp) < 0) {
        return NULL;
    }
    if (cp < 0 || cp > 0x10FFFF) {
        kr_err_set_str(ts, &kr_exc_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return kr_str_from_codepoint(ts, (uint32_t)cp);
}

// hex(), oct() and bin() accept anything with __index__.
static KrObject *int_to_base(KrThread *ts, KrObject *o, int base)
{
    KrObject *idx = kr_number_index(ts, o);
    if (idx == NULL) {
        return NULL;
    }
    KrObject *r = kr_int_to_base(ts, idx, base);
    KR_DECREF(ts, idx);
    return r;
}

static KrObject *builtin_hex(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return int_to_base(ts, o, 16);
}

static KrObject *builtin_oct(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return int_to_base(ts, o, 8);
}

static KrObject *builtin_bin(KrThread *ts, KrObject *self, KrObject *o)
{
    (void)self;
    return int_to_base(ts, o, 2);
}

// ---- min / max / sum / sorted --------------------------------------------

// min() and max(): one iterable or several positional arguments; `op` is
// KR_LT for min and KR_GT for max (a new item wins when `item op best`).
static KrObject *min_max(KrThread *ts, KrObject *const *args, size_t nargs, KrObject *kwnames, int op,
                         const char *name)
{
    static const char *const names[] = {"key", "default", NULL};
    KrObject *kw[2] = {NULL, NULL};
    KrObject *it = NULL, *best = NULL, *bestval = NULL;
    if (kr_check_positional(ts, name, nargs, NULL, 1, SIZE_MAX) < 0) {
        return NULL;
    }
    if (parse_kwonly(ts, name, args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    KrObject *keyfunc = kw[0] == KR_NONE ? NULL : kw[0];
    bool positional = nargs > 1;
    if (positional && kw[1] != NULL) {
        kr_err_format(ts, &kr_exc_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                      name);
        return NULL;
    }
    if (!positional) {
        it = kr_iter(ts, args[0]);
        if (it == NULL) {
            return NULL;
        }
    }
    size_t pos = 0;
    for (;;) {
        KrObject *item;
        if (it != NULL) {
            item = kr_next(ts, it);
            if (item == NULL) {
                if (kr_err_occurred(ts)) {
                    goto error;
                }
                break;
            }
        } else {
            if (pos == nargs) {
                break;
            }
            item = KR_INCREF(args[pos++]);
        }
        KrObject *val = keyfunc ? kr_call1(ts, keyfunc, item) : KR_INCREF(item);
        if (val == NULL) {
            KR_DECREF(ts, item);
            goto error;
        }
        if (best == NULL) {
            best = item;
            bestval = val;
            continue;
        }
        int better = kr_compare_bool(ts, val, bestval, op);
        if (better < 0) {
            KR_DECREF(ts, item);
            KR_DECREF(ts, val);
            goto error;
        }
        if (better) {
            KR_SETREF(ts, best, item);
            KR_SETREF(ts, bestval, val);
        } else {
            KR_DECREF(ts, item);
            KR_DECREF(ts, val);
        }
    }
    KR_XDECREF(ts, it);
    KR_XDECREF(ts, bestval);
    if (best == NULL) {
        if (kw[1] != NULL) {
            return KR_INCREF(kw[1]);
        }
        kr_err_format(ts, &kr_exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;

error:
    KR_XDECREF(ts, it);
    KR_XDECREF(ts, best);
    KR_XDECREF(ts, bestval);
    return NULL;
}

static KrObject *builtin_min(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    return min_max(ts, args, nargs, kwnames, KR_LT, "min");
}

static KrObject *builtin_max(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    return min_max(ts, args, nargs, kwnames, KR_GT, "max");
}

// sum() refuses str, bytes and bytearray starts, pointing at join().
static int sum_check_start(KrThread *ts, KrObject *start)
{
    if (kr_str_check(start)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
        return -1;
    }
    if (kr_bytes_check(start) || kr_bytearray_check(start)) {
        kr_err_format(ts, &kr_exc_TypeError, "sum() can't sum %s [use b''.join(seq) instead]",
                      kr_bytes_check(start) ? "bytes" : "bytearray");
        return -1;
    }
    return 0;
}

// Adds the items of `it` to `result` (steals it) with the + operator, after a
// machine-integer fast path for exact ints and a double fast path for
// floats, as CPython's sum (3.11 adds floats plainly, without compensation).
static KrObject *sum_items(KrThread *ts, KrObject *it, KrObject *result)
{
    KrObject *item = NULL;
    if (kr_int_check_exact(result)) {
        int overflow = 0;
        int64_t acc = kr_int_as_i64(result, &overflow);
        while (!overflow) {
            item = kr_next(ts, it);
            if (item == NULL) {
                KR_DECREF(ts, result);
                return kr_err_occurred(ts) ? NULL : kr_int_from_i64(ts, acc);
            }
            if (kr_int_check_exact(item) || kr_bool_check(item)) {
                int item_overflow = 0;
                int64_t v = kr_int_as_i64(item, &item_overflow);
                int64_t sum;
                if (!item_overflow && !__builtin_add_overflow(acc, v, &sum)) {
                    acc = sum;
                    KR_CLEAR(ts, item);
                    continue;
                }
            }
            // Leave the fast path: fold what we have back into an int object.
            KR_SETREF(ts, result, kr_int_from_i64(ts, acc));
            if (result == NULL) {
                KR_DECREF(ts, item);
                return NULL;
            }
            break;
        }
    } else if (kr_float_check_exact(result)) {
        double acc = KR_FLOAT_VALUE(result);
        for (;;) {
            item = kr_next(ts, it);
            if (item == NULL) {
                KR_DECREF(ts, result);
                return kr_err_occurred(ts) ? NULL : kr_float_from_double(ts, acc);
            }
            if (kr_float_check_exact(item)) {
                acc += KR_FLOAT_VALUE(item);
                KR_CLEAR(ts, item);
                continue;
            }
            if (kr_int_check_exact(item) || kr_bool_check(item)) {
                int overflow = 0;
                int64_t v = kr_int_as_i64(item, &overflow);
                if (!overflow) {
                    acc += (double)v;
                    KR_CLEAR(ts, item);
                    continue;
                }
            }
            KR_SETREF(ts, result, kr_float_from_double(ts, acc));
            if (result == NULL) {
                KR_DECREF(ts, item);
                return NULL;
            }
            break;
        }
    }
    for (;;) {
        if (item == NULL) {
            item = kr_next(ts, it);
            if (item == NULL) {
                if (kr_err_occurred(ts)) {
                    KR_CLEAR(ts, result);
                }
                return result;
            }
        }
        KR_SETREF(ts, result, kr_binop(ts, result, item, KR_BINOP_ADD));
        KR_CLEAR(ts, item);
        if (result == NULL) {
            return NULL;
        }
    }
}

static KrObject *builtin_sum(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"iterable", "start", NULL};
    KrObject *argv[2] = {NULL, NULL};
    if (nargs == 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
        return NULL;
    }
    if (kr_parse_args(ts, "sum", args, nargs, kwnames, names, 1, 1, 2, argv) < 0) {
        return NULL;
    }
    KrObject *result;
    if (argv[1] != NULL) {
        if (sum_check_start(ts, argv[1]) < 0) {
            return NULL;
        }
        result = KR_INCREF(argv[1]);
    } else {
        result = kr_int_from_i64(ts, 0);
        if (result == NULL) {
            return NULL;
        }
    }
    KrObject *it = kr_iter(ts, argv[0]);
    if (it == NULL) {
        KR_DECREF(ts, result);
        return NULL;
    }
    result = sum_items(ts, it, result);
    KR_DECREF(ts, it);
    return result;
}

static KrObject *builtin_sorted(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"key", "reverse", NULL};
    KrObject *kw[2] = {NULL, NULL};
    // kr_check_positional words the one-argument case differently ("takes exactly one").
    if (nargs != 1) {
        kr_err_format(ts, &kr_exc_TypeError, "sorted expected 1 argument, got %d", (int)nargs);
        return NULL;
    }
    // Keywords are list.sort()'s, so its name is in the message.
    if (parse_kwonly(ts, "sort", args, nargs, kwnames, names, kw) < 0) {
        return NULL;
    }
    KrObject *list = kr_list_from_iterable(ts, args[0]);
    if (list == NULL) {
        return NULL;
    }
    int reverse = 0;
    if (kw[1] != NULL && kr_index_as_int(ts, kw[1], &reverse) < 0) {
        goto error;
    }
    if (kr_list_sort(ts, list, kw[0] == KR_NONE ? NULL : kw[0], reverse != 0) < 0) {
        goto error;
    }
    return list;

error:
    KR_DECREF(ts, list);
    return NULL;
}

// ---- type checks, iteration -----------------------------------------------

static KrObject *builtin_isinstance(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "isinstance", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    int r = kr_isinstance(ts, args[0], args[1]);
    return r < 0 ? NULL : kr_bool_from(r);
}

static KrObject *builtin_issubclass(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "issubclass", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    int r = kr_issubclass(ts, args[0], args[1]);
    return r < 0 ? NULL : kr_bool_from(r);
}

// aiter(async_iterable): type(x).__aiter__(x), checked to be an async iterator.
static KrObject *builtin_aiter(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "aiter", nargs, kwnames, 1, 1) < 0) {
        return NULL;
    }
    KrObject *name = kr_str_intern_literal(ts, "__aiter__");
    KrObject *f = name ? kr_type_lookup(ts, KR_TYPE(args[0]), name) : NULL;
    if (!f) {
        KR_XDECREF(ts, name);
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "'%T' object is not an async iterable", args[0]);
        }
        return NULL;
    }
    KrObject *it = kr_call_method(ts, args[0], name, NULL, 0);
    KR_DECREF(ts, name);
    if (!it) {
        return NULL;
    }
    KrObject *anext = kr_str_intern_literal(ts, "__anext__");
    bool ok = anext && kr_type_lookup(ts, KR_TYPE(it), anext);
    KR_XDECREF(ts, anext);
    if (!ok) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "aiter() returned not an async iterator of type '%T'", it);
        }
        KR_DECREF(ts, it);
        return NULL;
    }
    return it;
}

// anext(aiterator[, default]): the awaitable of type(x).__anext__(x); with a
// default, an awaitable that gives it when the iterator is exhausted.
static KrObject *builtin_anext(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "anext", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *name = kr_str_intern_literal(ts, "__anext__");
    KrObject *f = name ? kr_type_lookup(ts, KR_TYPE(args[0]), name) : NULL;
    if (!f) {
        KR_XDECREF(ts, name);
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "'%T' object is not an async iterator", args[0]);
        }
        return NULL;
    }
    KrObject *awaitable = kr_call_method(ts, args[0], name, NULL, 0);
    KR_DECREF(ts, name);
    if (!awaitable || nargs == 1) {
        return awaitable;
    }
    KrObject *r = kr_async_anext_default(ts, awaitable, args[1]);
    KR_DECREF(ts, awaitable);
    return r;
}

static KrObject *builtin_iter(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "iter", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return kr_iter(ts, args[0]);
    }
    if (!kr_callable(args[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "iter(v, w): v must be callable");
        return NULL;
    }
    return kr_iterators_new_callable(ts, args[0], args[1]);
}

// next() calls the iternext slot itself rather than kr_next, so that a
// StopIteration raised with a value reaches the caller unchanged.
static KrObject *builtin_next(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                              KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "next", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *it = args[0];
    KrUnaryFn iternext = KR_TYPE(it)->iternext;
    if (iternext == NULL) {
        kr_err_format(ts, &kr_exc_TypeError, "'%s' object is not an iterator", type_name(it));
        return NULL;
    }
    KrObject *item = iternext(ts, it);
    if (item != NULL) {
        return item;
    }
    if (kr_err_occurred(ts)) {
        if (nargs == 2 && kr_err_matches(ts, &kr_exc_StopIteration)) {
            kr_err_clear(ts);
            return KR_INCREF(args[1]);
        }
        return NULL;
    }
    if (nargs == 2) {
        return KR_INCREF(args[1]);
    }
    kr_err_set_type(ts, &kr_exc_StopIteration, NULL);
    return NULL;
}

// ---- numbers ----------------------------------------------------------------

static KrObject *builtin_round(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"number", "ndigits", NULL};
    KrObject *argv[2] = {NULL, NULL};
    if (kr_parse_args(ts, "round", args, nargs, kwnames, names, 1, 0, 2, argv) < 0) {
        return NULL;
    }
    if (kr_type_lookup(ts, KR_TYPE(argv[0]), KR_ID(ts, __round__)) == NULL) {
        if (!kr_err_occurred(ts)) {
            kr_err_format(ts, &kr_exc_TypeError, "type %s doesn't define __round__ method", type_name(argv[0]));
        }
        return NULL;
    }
    // round(x, None) calls x.__round__() with no argument, as CPython.
    size_t n = (argv[1] == NULL || argv[1] == KR_NONE) ? 0 : 1;
    return kr_call_method(ts, argv[0], KR_ID(ts, __round__), &argv[1], n);
}

// divmod(a, b) through the nb_divmod slots, tried as CPython's binary_op1:
// the right operand first when its type is a subclass overriding the slot.
static KrObject *builtin_divmod(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "divmod", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    KrObject *a = args[0], *b = args[1];
    KrBinaryFn fa = KR_TYPE(a)->nb_divmod;
    KrBinaryFn fb = KR_TYPE(b) != KR_TYPE(a) ? KR_TYPE(b)->nb_divmod : NULL;
    if (fb == fa) {
        fb = NULL;
    }
    KrObject *r;
    if (fa != NULL) {
        if (fb != NULL && kr_type_is_subtype(KR_TYPE(b), KR_TYPE(a))) {
            r = fb(ts, a, b);
            if (r != KR_NOTIMPL) {
                return r;
            }
            KR_DECREF(ts, r);
            fb = NULL;
        }
        r = fa(ts, a, b);
        if (r != KR_NOTIMPL) {
            return r;
        }
        KR_DECREF(ts, r);
    }
    if (fb != NULL) {
        r = fb(ts, a, b);
        if (r != KR_NOTIMPL) {
            return r;
        }
        KR_DECREF(ts, r);
    }
    kr_err_format(ts, &kr_exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", type_name(a),
                  type_name(b));
    return NULL;
}

static KrObject *builtin_pow(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    KrObject *argv[3] = {NULL, NULL, NULL};
    if (kr_parse_args(ts, "pow", args, nargs, kwnames, names, 2, 0, 3, argv) < 0) {
        return NULL;
    }
    if (argv[2] == NULL || argv[2] == KR_NONE) {
        return kr_binop(ts, argv[0], argv[1], KR_BINOP_POWER);
    }
    return kr_power3(ts, argv[0], argv[1], argv[2]);
}

// ---- attributes -------------------------------------------------------------

static KrObject *builtin_getattr(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "getattr", nargs, kwnames, 2, 3) < 0 || check_attr_name(ts, args[1]) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return kr_getattr(ts, args[0], args[1]);
    }
    KrObject *v = kr_getattr_opt(ts, args[0], args[1]);
    if (v == NULL && !kr_err_occurred(ts)) {
        return KR_INCREF(args[2]);
    }
    return v;
}

static KrObject *builtin_setattr(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "setattr", nargs, kwnames, 3, 3) < 0 || check_attr_name(ts, args[1]) < 0) {
        return NULL;
    }
    if (kr_setattr(ts, args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *builtin_hasattr(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "hasattr", nargs, kwnames, 2, 2) < 0 || check_attr_name(ts, args[1]) < 0) {
        return NULL;
    }
    KrObject *v = kr_getattr_opt(ts, args[0], args[1]);
    if (v == NULL) {
        return kr_err_occurred(ts) ? NULL : kr_bool_from(false);
    }
    KR_DECREF(ts, v);
    return kr_bool_from(true);
}

static KrObject *builtin_delattr(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "delattr", nargs, kwnames, 2, 2) < 0 || check_attr_name(ts, args[1]) < 0) {
        return NULL;
    }
    if (kr_delattr(ts, args[0], args[1]) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *builtin_format(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "format", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *spec = nargs == 2 ? args[1] : NULL;
    if (spec != NULL && !kr_str_check(spec)) {
        kr_err_format(ts, &kr_exc_TypeError, "format() argument 2 must be str, not %s", kr_arg_type_name(spec));
        return NULL;
    }
    return kr_format(ts, args[0], spec);
}

// Adds the keys of a dict to `names` (a dict used as an ordered set).
static int merge_keys(KrThread *ts, KrObject *names, KrObject *dict)
{
    intptr_t pos = 0;
    KrObject *key, *value;
    while (kr_dict_next(dict, &pos, &key, &value)) {
        if (kr_dict_set_item(ts, names, key, KR_NONE) < 0) {
            return -1;
        }
    }
    return 0;
}

// Adds the attribute names of a class and of every class on its MRO.
static int merge_class_names(KrThread *ts, KrObject *names, KrObject *cls)
{
    KrObject *mro = kr_getattr(ts, cls, KR_ID(ts, __mro__));
    if (mro == NULL) {
        return -1;
    }
    int rc = 0;
    if (kr_tuple_check(mro)) {
        for (intptr_t i = 0; i < KR_TUPLE_SIZE(mro) && rc == 0; i++) {
            KrObject *t = KR_TUPLE_GET(mro, i);
            if (!kr_isinstance_type(t, &kr_type_type)) {
                continue;
            }
            KrObject *d = kr_type_dict(ts, (KrType *)t);
            if (d == NULL) {
                rc = kr_err_occurred(ts) ? -1 : 0;
            } else if (kr_dict_check(d)) {
                rc = merge_keys(ts, names, d);
            }
        }
    }
    KR_DECREF(ts, mro);
    return rc;
}

// The names dir(obj) lists when obj's type has no __dir__: a module's
// globals; a class's attributes along its MRO; an instance's __dict__ plus
// its class's attributes.
static KrObject *default_dir(KrThread *ts, KrObject *obj)
{
    KrObject *names = kr_dict_new(ts);
    if (names == NULL) {
        return NULL;
    }
    if (kr_isinstance_type(obj, &kr_module_type)) {
        if (merge_keys(ts, names, KR_MODULE_DICT(obj)) < 0) {
            goto error;
        }
    } else if (kr_isinstance_type(obj, &kr_type_type)) {
        if (merge_class_names(ts, names, obj) < 0) {
            goto error;
        }
    } else {
        KrObject *d = kr_getattr_opt(ts, obj, KR_ID(ts, __dict__));
        if (d == NULL && kr_err_occurred(ts)) {
            goto error;
        }
        if (d != NULL) {
            int rc = kr_dict_check(d) ? merge_keys(ts, names, d) : 0;
            KR_DECREF(ts, d);
            if (rc < 0) {
                goto error;
            }
        }
        if (merge_class_names(ts, names, (KrObject *)KR_TYPE(obj)) < 0) {
            goto error;
        }
    }
    KrObject *list = kr_dict_keys_list(ts, names);
    KR_DECREF(ts, names);
    return list;

error:
    KR_DECREF(ts, names);
    return NULL;
}

static KrObject *builtin_dir(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)self;
    if (kr_check_positional(ts, "dir", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        // The sorted names of the caller's local scope.
        KrObject *locals = kr_builtins_exec_locals(ts);
        if (locals == NULL) {
            return NULL;
        }
        KrObject *names = kr_dict_check(locals) ? kr_dict_keys_list(ts, locals) : kr_list_from_iterable(ts, locals);
        KR_DECREF(ts, locals);
        if (names != NULL && kr_list_sort(ts, names, NULL, false) < 0) {
            KR_CLEAR(ts, names);
        }
        return names;
    }
    KrObject *obj = args[0];
    KrObject *list = NULL;
    KrObject *dunder_dir = kr_str_intern_literal(ts, "__dir__");
    if (dunder_dir == NULL) {
        return NULL;
    }
    KrObject *descr = kr_type_lookup(ts, KR_TYPE(obj), dunder_dir);
    if (descr != NULL) {
        // A special method: looked up on the type and bound to obj, so a
        // class's dir() uses type.__dir__, not the object.__dir__ it inherits.
        KrDescrGetFn get = KR_TYPE(descr)->descr_get;
        KrObject *bound = get ? get(ts, descr, obj, (KrObject *)KR_TYPE(obj)) : KR_INCREF(descr);
        KrObject *seq = bound ? kr_call0(ts, bound) : NULL;
        KR_XDECREF(ts, bound);
        if (seq != NULL) {
            list = kr_list_from_iterable(ts, seq);
            KR_DECREF(ts, seq);
        }
    } else if (!kr_err_occurred(ts)) {
        list = default_dir(ts, obj);
    }
    KR_DECREF(ts, dunder_dir);
    if (list != NULL && kr_list_sort(ts, list, NULL, false) < 0) {
        KR_CLEAR(ts, list);
    }
    return list;
}

// ---- the module -------------------------------------------------------------

static const KrMethodDef builtin_functions[] = {
    {"abs", (void *)builtin_abs, KR_METH_O, false, false, "Return the absolute value of the argument."},
    {"all", (void *)builtin_all, KR_METH_O, false, false,
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", (void *)builtin_any, KR_METH_O, false, false, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", (void *)builtin_ascii, KR_METH_O, false, false, "Return an ASCII-only representation of an object."},
    {"bin", (void *)builtin_bin, KR_METH_O, false, false, "Return the binary representation of an integer."},
    {"breakpoint", (void *)builtin_breakpoint, KR_METH_VARARGS, false, false,
     "Call sys.breakpointhook(*args, **kws)."},
    {"callable", (void *)builtin_callable, KR_METH_O, false, false, "Return whether the object is callable."},
    {"chr", (void *)builtin_chr, KR_METH_O, false, false, "Return a Unicode string of one character with ordinal i."},
    {"delattr", (void *)builtin_delattr, KR_METH_VARARGS, false, false,
     "Deletes the named attribute from the given object."},
    {"dir", (void *)builtin_dir, KR_METH_VARARGS, false, false, "dir([object]) -> list of strings"},
    {"divmod", (void *)builtin_divmod, KR_METH_VARARGS, false, false, "Return the tuple (x//y, x%y)."},
    {"format", (void *)builtin_format, KR_METH_VARARGS, false, false, "Return value.__format__(format_spec)"},
    {"getattr", (void *)builtin_getattr, KR_METH_VARARGS, false, false, "getattr(object, name[, default]) -> value"},
    {"hasattr", (void *)builtin_hasattr, KR_METH_VARARGS, false, false,
     "Return whether the object has an attribute with the given name."},
    {"hash", (void *)builtin_hash, KR_METH_O, false, false, "Return the hash value for the given object."},
    {"hex", (void *)builtin_hex, KR_METH_O, false, false, "Return the hexadecimal representation of an integer."},
    {"id", (void *)builtin_id, KR_METH_O, false, false, "Return the identity of an object."},
    {"input", (void *)builtin_input, KR_METH_VARARGS, false, false, "Read a string from standard input."},
    {"open", (void *)kr_builtins_open, KR_METH_VARARGS, false, false, "Open file and return a stream."},
    {"isinstance", (void *)builtin_isinstance, KR_METH_VARARGS, false, false,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", (void *)builtin_issubclass, KR_METH_VARARGS, false, false,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"aiter", (void *)builtin_aiter, KR_METH_VARARGS, false, false,
     "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", (void *)builtin_anext, KR_METH_VARARGS, false, false,
     "Return the next item from the async iterator.\n\nIf default is given and the async iterator is exhausted,\n"
     "it is returned instead of raising StopAsyncIteration."},
    {"iter", (void *)builtin_iter, KR_METH_VARARGS, false, false,
     "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator"},
    {"len", (void *)builtin_len, KR_METH_O, false, false, "Return the number of items in a container."},
    {"max", (void *)builtin_max, KR_METH_VARARGS, false, false, "max(iterable, *[, default=obj, key=func]) -> value"},
    {"min", (void *)builtin_min, KR_METH_VARARGS, false, false, "min(iterable, *[, default=obj, key=func]) -> value"},
    {"next", (void *)builtin_next, KR_METH_VARARGS, false, false, "next(iterator[, default])"},
    {"oct", (void *)builtin_oct, KR_METH_O, false, false, "Return the octal representation of an integer."},
    {"ord", (void *)builtin_ord, KR_METH_O, false, false, "Return the Unicode code point for a one-character string."},
    {"pow", (void *)builtin_pow, KR_METH_VARARGS, false, false,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", (void *)builtin_print, KR_METH_VARARGS, false, false,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", (void *)builtin_repr, KR_METH_O, false, false,
     "Return the canonical string representation of the object."},
    {"round", (void *)builtin_round, KR_METH_VARARGS, false, false,
     "Round a number to a given precision in decimal digits."},
    {"setattr", (void *)builtin_setattr, KR_METH_VARARGS, false, false,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", (void *)builtin_sorted, KR_METH_VARARGS, false, false,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", (void *)builtin_sum, KR_METH_VARARGS, false, false,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {NULL, NULL, 0, false, false, NULL},
};

// Names bound to static objects: the builtin types, the exception classes
// (from exceptions.def) and the constants.
typedef struct BuiltinObject {
    const char *name;
    KrObject *object;
} BuiltinObject;

#define TYPE_ENTRY(name, type) {name, (KrObject *)&(type)}

static const BuiltinObject builtin_objects[] = {
    {"None", &kr_none_obj},
    {"Ellipsis", &kr_ellipsis_obj},
    {"NotImplemented", &kr_notimpl_obj},
    {"False", (KrObject *)&kr_false_obj},
    {"True", (KrObject *)&kr_true_obj},
    {"__debug__", (KrObject *)&kr_true_obj},
    TYPE_ENTRY("object", kr_object_type),
    TYPE_ENTRY("type", kr_type_type),
    TYPE_ENTRY("int", kr_int_type),
    TYPE_ENTRY("bool", kr_bool_type),
    TYPE_ENTRY("float", kr_float_type),
    TYPE_ENTRY("complex", kr_complex_type),
    TYPE_ENTRY("str", kr_str_type),
    TYPE_ENTRY("bytes", kr_bytes_type),
    TYPE_ENTRY("bytearray", kr_bytearray_type),
    TYPE_ENTRY("memoryview", kr_memoryview_type),
    TYPE_ENTRY("list", kr_list_type),
    TYPE_ENTRY("tuple", kr_tuple_type),
    TYPE_ENTRY("dict", kr_dict_type),
    TYPE_ENTRY("set", kr_set_type),
    TYPE_ENTRY("frozenset", kr_frozenset_type),
    TYPE_ENTRY("range", kr_range_type),
    TYPE_ENTRY("slice", kr_slice_type),
    TYPE_ENTRY("enumerate", kr_enumerate_type),
    TYPE_ENTRY("zip", kr_zip_type),
    TYPE_ENTRY("map", kr_map_type),
    TYPE_ENTRY("filter", kr_filter_type),
    TYPE_ENTRY("reversed", kr_reversed_type),
    TYPE_ENTRY("staticmethod", kr_staticmethod_type),
    TYPE_ENTRY("classmethod", kr_classmethod_type),
    TYPE_ENTRY("property", kr_property_type),
#define EXC(name, base) TYPE_ENTRY(#name, kr_exc_##name),
#include "../object/exceptions.def"
#undef EXC
    TYPE_ENTRY("BaseExceptionGroup", kr_exc_BaseExceptionGroup),
    TYPE_ENTRY("ExceptionGroup", kr_exc_ExceptionGroup),
    // Aliases kept by CPython for old code.
    TYPE_ENTRY("EnvironmentError", kr_exc_OSError),
    TYPE_ENTRY("IOError", kr_exc_OSError),
    {NULL, NULL},
};

// Creates the builtins module; the caller stores it (and its dict) in the VM.
KrObject *kr_builtins_create(KrThread *ts)
{
    KrObject *name = kr_str_intern_cstr(ts, "builtins");
    if (name == NULL) {
        return NULL;
    }
    KrObject *module = kr_module_new(ts, name);
    KR_DECREF(ts, name);
    if (module == NULL) {
        return NULL;
    }
    if (kr_module_add_functions(ts, module, builtin_functions) < 0) {
        goto error;
    }
    KrObject *dict = KR_MODULE_DICT(module);
    for (const BuiltinObject *b = builtin_objects; b->name != NULL; b++) {
        if (kr_dict_set_item_str(ts, dict, b->name, b->object) < 0) {
            goto error;
        }
    }
    return module;

error:
    KR_DECREF(ts, module);
    return NULL;
}
