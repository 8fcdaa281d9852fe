// SPDX-License-Identifier: MIT
// _io.StringIO: a text stream over an in-memory array of code points.
#include <string.h>

#include "io_impl.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"

#define SIO(o) ((KrStringIO *)(o))

static int check_open(KrThread *ts, KrStringIO *s) {
    if (!s->ok) {
        kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return -1;
    }
    if (s->closed) {
        kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on closed file");
        return -1;
    }
    return 0;
}

static int reserve(KrThread *ts, KrStringIO *s, intptr_t size) {
    if (size <= s->alloc) {
        return 0;
    }
    intptr_t cap = s->alloc ? s->alloc : 32;
    while (cap < size) {
        cap *= 2;
    }
    uint32_t *p = kr_mem_realloc(ts, s->buf, sizeof(uint32_t) * (size_t)cap);
    if (!p) {
        return -1;
    }
    s->buf = p;
    s->alloc = cap;
    return 0;
}

// Writes str `text` (after newline handling) at the position; returns 0/-1.
static int write_str(KrThread *ts, KrStringIO *s, KrObject *text) {
    KrObject *t = NULL;
    if (s->nl.readuniversal) {
        bool pending = false;
        t = kr_io_newline_translate(ts, text, s->nl.readtranslate, true, &pending, &s->nl.seennl);
    } else {
        t = KR_INCREF(text);
    }
    if (t && s->nl.writenl) {
        KR_SETREF(ts, t, kr_io_newline_write(ts, t, s->nl.writenl));
    }
    if (!t) {
        return -1;
    }
    intptr_t n = KR_STR_LEN(t);
    if (n > 0) {
        if (reserve(ts, s, s->pos + n) < 0) {
            KR_DECREF(ts, t);
            return -1;
        }
        for (intptr_t i = s->size; i < s->pos; i++) {
            s->buf[i] = 0;
        }
        unsigned kind = KR_STR_KIND(t);
        const void *data = KR_STR_DATA(t);
        for (intptr_t i = 0; i < n; i++) {
            s->buf[s->pos + i] = kr_str_read(kind, data, i);
        }
        s->pos += n;
        if (s->pos > s->size) {
            s->size = s->pos;
        }
    }
    KR_DECREF(ts, t);
    return 0;
}

static int stringio_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"initial_value", "newline", NULL};
    KrObject *v[2] = {NULL, NULL};
    if (kr_parse_args(ts, "StringIO", args, nargs, kwnames, names, 0, 0, 2, v) < 0) {
        return -1;
    }
    KrStringIO *s = SIO(self);
    if (v[0] && v[0] != KR_NONE && !kr_str_check(v[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "initial_value must be str or None, not %s",
                      kr_type_name_cstr(KR_TYPE(v[0])));
        return -1;
    }
    KrObject *newline = v[1];
    KrObject *lf = NULL;
    if (!newline) {
        newline = lf = kr_str_from_cstr(ts, "\n");
        if (!lf) {
            return -1;
        }
    }
    if (newline != KR_NONE && !kr_str_check(newline)) {
        kr_err_format(ts, &kr_exc_TypeError, "newline must be str or None, not %s", kr_type_name_cstr(KR_TYPE(newline)));
        KR_XDECREF(ts, lf);
        return -1;
    }
    int rc = kr_io_newline_parse(ts, newline, &s->nl);
    KR_XDECREF(ts, lf);
    if (rc < 0) {
        return -1;
    }
    // StringIO writes '\n' unchanged for newline=None (no os.linesep here).
    s->size = s->pos = 0;
    s->closed = false;
    s->ok = true;
    if (v[0] && v[0] != KR_NONE && KR_STR_LEN(v[0]) > 0) {
        if (write_str(ts, s, v[0]) < 0) {
            return -1;
        }
        s->pos = 0;
    }
    return 0;
}

static void stringio_dealloc(KrThread *ts, KrObject *o) {
    kr_mem_free(ts, SIO(o)->buf);
    KR_CLEAR(ts, SIO(o)->head.dict);
    kr_object_free(ts, o);
}

// The text from `start` to `end` as a str.
static KrObject *slice(KrThread *ts, KrStringIO *s, intptr_t start, intptr_t end) {
    if (end <= start) {
        return kr_str_empty(ts);
    }
    return kr_str_from_ucs4(ts, s->buf + start, (size_t)(end - start));
}

static KrObject *stringio_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "read", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    KrStringIO *s = SIO(self);
    int64_t n = kr_io_module_size_arg(ts, nargs ? args[0] : NULL);
    if (n == KR_IO_SIZE_ERR || check_open(ts, s) < 0) {
        return NULL;
    }
    intptr_t avail = s->size > s->pos ? s->size - s->pos : 0;
    if (n < 0 || n > avail) {
        n = avail;
    }
    KrObject *r = slice(ts, s, s->pos, s->pos + (intptr_t)n);
    if (r) {
        s->pos += (intptr_t)n;
    }
    return r;
}

static KrObject *readline_impl(KrThread *ts, KrStringIO *s, int64_t limit) {
    if (s->pos >= s->size) {
        return kr_str_empty(ts);
    }
    intptr_t end = s->size;
    if (limit >= 0 && s->pos + limit < end) {
        end = s->pos + (intptr_t)limit;
    }
    intptr_t stop = kr_io_newline_find(&s->nl, 4, s->buf, s->pos, end, true);
    if (stop < 0) {
        stop = end;
    }
    KrObject *r = slice(ts, s, s->pos, stop);
    if (r) {
        s->pos = stop;
    }
    return r;
}

static KrObject *stringio_readline(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "readline", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    KrStringIO *s = SIO(self);
    if (nargs && args[0] != KR_NONE && !kr_int_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "integer argument expected, got '%T'", args[0]);
        return NULL;
    }
    int64_t n = kr_io_module_size_arg(ts, nargs ? args[0] : NULL);
    if (n == KR_IO_SIZE_ERR || check_open(ts, s) < 0) {
        return NULL;
    }
    return readline_impl(ts, s, n);
}

static KrObject *stringio_iternext(KrThread *ts, KrObject *self) {
    KrStringIO *s = SIO(self);
    if (check_open(ts, s) < 0) {
        return NULL;
    }
    KrObject *line;
    if (KR_TYPE(self) != &kr_io_stringio_type) {
        line = kr_call_method_cstr(ts, self, "readline", NULL, 0);
        if (line && !kr_str_check(line)) {
            kr_err_format(ts, &kr_exc_OSError, "readline() should have returned a str object, not '%T'", line);
            KR_CLEAR(ts, line);
        }
    } else {
        line = readline_impl(ts, s, -1);
    }
    if (line && KR_STR_LEN(line) == 0) {
        KR_CLEAR(ts, line);
    }
    return line;
}

static KrObject *stringio_write(KrThread *ts, KrObject *self, KrObject *obj) {
    KrStringIO *s = SIO(self);
    if (check_open(ts, s) < 0) {
        return NULL;
    }
    if (!kr_str_check(obj)) {
        kr_err_format(ts, &kr_exc_TypeError, "string argument expected, got '%s'", kr_type_name_cstr(KR_TYPE(obj)));
        return NULL;
    }
    intptr_t n = KR_STR_LEN(obj);
    if (n > 0 && write_str(ts, s, obj) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *stringio_seek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "seek", nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    KrStringIO *s = SIO(self);
    if (!kr_int_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
        return NULL;
    }
    int64_t pos = kr_io_module_size_arg(ts, args[0]);
    int64_t whence = nargs > 1 ? kr_io_module_size_arg(ts, args[1]) : 0;
    if (kr_err_occurred(ts) || check_open(ts, s) < 0) {
        return NULL;
    }
    if (whence != 0 && whence != 1 && whence != 2) {
        kr_err_format(ts, &kr_exc_ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
        return NULL;
    }
    if (pos < 0 && whence == 0) {
        kr_err_format(ts, &kr_exc_ValueError, "Negative seek position %lld", (long long)pos);
        return NULL;
    }
    if (whence != 0 && pos != 0) {
        kr_err_set_str(ts, &kr_exc_OSError, "Can't do nonzero cur-relative seeks");
        return NULL;
    }
    if (whence == 1) {
        pos = s->pos;
    } else if (whence == 2) {
        pos = s->size;
    }
    s->pos = (intptr_t)pos;
    return kr_int_from_i64(ts, pos);
}

static KrObject *stringio_tell(KrThread *ts, KrObject *self) {
    if (check_open(ts, SIO(self)) < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, SIO(self)->pos);
}

static KrObject *stringio_truncate(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    if (kr_check_positional(ts, "truncate", nargs, kw, 0, 1) < 0) {
        return NULL;
    }
    KrStringIO *s = SIO(self);
    if (check_open(ts, s) < 0) {
        return NULL;
    }
    int64_t size = s->pos;
    if (nargs && args[0] != KR_NONE) {
        size = kr_io_module_size_arg(ts, args[0]);
        if (size == KR_IO_SIZE_ERR) {
            return NULL;
        }
        if (size < 0) {
            kr_err_format(ts, &kr_exc_ValueError, "Negative size value %lld", (long long)size);
            return NULL;
        }
    }
    if (size < s->size) {
        s->size = (intptr_t)size;
    }
    return kr_int_from_i64(ts, size);
}

static KrObject *stringio_getvalue(KrThread *ts, KrObject *self) {
    KrStringIO *s = SIO(self);
    if (check_open(ts, s) < 0) {
        return NULL;
    }
    return slice(ts, s, 0, s->size);
}

// The newline argument the mode came from (None, '', '\n', '\r' or '\r\n').
static KrObject *newline_arg(KrThread *ts, const KrNewlineMode *nl) {
    if (nl->readuniversal) {
        if (nl->readtranslate) {
            KR_RETURN_NONE;
        }
        return kr_str_empty(ts);
    }
    return kr_str_from_cstr(ts, nl->readnl);
}

// __getstate__: (value, newline, position, dict or None).
static KrObject *stringio_getstate(KrThread *ts, KrObject *self) {
    KrStringIO *s = SIO(self);
    KrObject *value = stringio_getvalue(ts, self);
    KrObject *nl = value ? newline_arg(ts, &s->nl) : NULL;
    KrObject *pos = nl ? kr_int_from_i64(ts, s->pos) : NULL;
    KrObject *d = pos ? kr_io_iobase_state_dict(ts, self) : NULL;
    KrObject *r = d ? kr_tuple_pack(ts, 4, value, nl, pos, d) : NULL;
    KR_XDECREF(ts, value);
    KR_XDECREF(ts, nl);
    KR_XDECREF(ts, pos);
    KR_XDECREF(ts, d);
    return r;
}

// __setstate__: re-initializes with the newline, then takes the value as is
// (it was translated when first written).
static KrObject *stringio_setstate(KrThread *ts, KrObject *self, KrObject *state) {
    KrStringIO *s = SIO(self);
    if (kr_io_iobase_set_state(ts, self, state, 4, "third item of state must be an integer, got %s",
                               "fourth item of state should be a dict, got a %s") < 0 ||
        stringio_init(ts, self, KR_TUPLE_ITEMS(state), 2, NULL) < 0) {
        return NULL;
    }
    KrObject *value = KR_TUPLE_ITEMS(state)[0];
    intptr_t n = value == KR_NONE ? 0 : KR_STR_LEN(value);
    if (reserve(ts, s, n) < 0) {
        return NULL;
    }
    for (intptr_t i = 0; i < n; i++) {
        s->buf[i] = kr_str_char_at(value, i);
    }
    s->size = n;
    int overflow = 0;
    int64_t pos = kr_int_as_i64(KR_TUPLE_ITEMS(state)[2], &overflow);
    s->pos = overflow ? INTPTR_MAX : (intptr_t)pos;
    if (kr_io_iobase_set_state_dict(ts, self, KR_TUPLE_ITEMS(state)[3]) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *stringio_true(KrThread *ts, KrObject *self) {
    if (check_open(ts, SIO(self)) < 0) {
        return NULL;
    }
    return kr_bool_from(true);
}

static KrObject *stringio_close(KrThread *ts, KrObject *self) {
    KrStringIO *s = SIO(self);
    s->closed = true;
    kr_mem_free(ts, s->buf);
    s->buf = NULL;
    s->size = s->alloc = 0;
    KR_RETURN_NONE;
}

static KrObject *stringio_get_closed(KrThread *ts, KrObject *self) {
    if (!SIO(self)->ok) {
        kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on uninitialized object");
        return NULL;
    }
    return kr_bool_from(SIO(self)->closed);
}

static KrObject *stringio_get_newlines(KrThread *ts, KrObject *self) {
    KrStringIO *s = SIO(self);
    if (check_open(ts, s) < 0) {
        return NULL;
    }
    if (!s->nl.readuniversal) {
        KR_RETURN_NONE;
    }
    return kr_io_newline_seen(ts, s->nl.seennl);
}

static KrObject *stringio_get_line_buffering(KrThread *ts, KrObject *self) {
    if (check_open(ts, SIO(self)) < 0) {
        return NULL;
    }
    return kr_bool_from(false);
}

static const KrMethodDef stringio_methods[] = {
    {"__getstate__", (void *)stringio_getstate, KR_METH_NOARGS, false, false, NULL},
    {"__setstate__", (void *)stringio_setstate, KR_METH_O, false, false, NULL},
    {"read", (void *)stringio_read, KR_METH_VARARGS, false, false, "Read at most size characters."},
    {"readline", (void *)stringio_readline, KR_METH_VARARGS, false, false, "Read until newline or EOF."},
    {"write", (void *)stringio_write, KR_METH_O, false, false, "Write string to file."},
    {"seek", (void *)stringio_seek, KR_METH_VARARGS, false, false, "Change stream position."},
    {"tell", (void *)stringio_tell, KR_METH_NOARGS, false, false, "Tell the current file position."},
    {"truncate", (void *)stringio_truncate, KR_METH_VARARGS, false, false, "Truncate size to pos."},
    {"getvalue", (void *)stringio_getvalue, KR_METH_NOARGS, false, false, "Retrieve the entire contents."},
    {"readable", (void *)stringio_true, KR_METH_NOARGS, false, false, NULL},
    {"writable", (void *)stringio_true, KR_METH_NOARGS, false, false, NULL},
    {"seekable", (void *)stringio_true, KR_METH_NOARGS, false, false, NULL},
    {"close", (void *)stringio_close, KR_METH_NOARGS, false, false, "Close the IO object."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef stringio_getsets[] = {
    {"closed", stringio_get_closed, NULL, NULL},
    {"newlines", stringio_get_newlines, NULL, NULL},
    {"line_buffering", stringio_get_line_buffering, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_io_stringio_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_io.StringIO",
    .basicsize = sizeof(KrStringIO),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_HAS_DICT | KR_TYPE_GC,
    .base_type = &kr_io_textiobase_type,
    .dictoffset = offsetof(KrIOBase, dict),
    .doc = "Text I/O implementation using an in-memory buffer.",
    .dealloc = stringio_dealloc,
    .traverse = kr_io_iobase_traverse,
    .clear = kr_io_iobase_clear,
    .iternext = stringio_iternext,
    .new_ = kr_io_iobase_new,
    .init = stringio_init,
    .methods = stringio_methods,
    .getsets = stringio_getsets,
};
