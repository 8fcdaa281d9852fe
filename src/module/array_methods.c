// SPDX-License-Identifier: MIT
// array.array's methods (append ... tofile, pickling) and the array module itself.
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "array.h"
#include "modsupport.h"
#include "modules.h"

#define ITEM(a, i) ((a)->data + (i) * (a)->desc->size)

// Converts v into one packed item first, so a bad value leaves the array as it was.
static KrObject *insert_at(KrThread *ts, KrObject *self, intptr_t i, KrObject *v) {
    KrArray *a = KR_ARRAY(self);
    intptr_t n = a->len;
    if (kr_array_resize(ts, self, n + 1) < 0) {
        return NULL;
    }
    if (kr_array_set(ts, self, n, v) < 0) {
        a->len = n;
        return NULL;
    }
    if (i < n) {
        char item[8];
        int size = a->desc->size;
        memcpy(item, ITEM(a, n), size);
        memmove(ITEM(a, i + 1), ITEM(a, i), (size_t)(n - i) * size);
        memcpy(ITEM(a, i), item, size);
    }
    KR_RETURN_NONE;
}

static KrObject *array_append(KrThread *ts, KrObject *self, KrObject *v) {
    return insert_at(ts, self, KR_ARRAY(self)->len, v);
}

static KrObject *array_insert(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "insert", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    intptr_t i = kr_slice_ssize_arg(ts, args[0]);
    if (i == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    intptr_t n = KR_ARRAY(self)->len;
    if (i < 0) {
        i = i + n < 0 ? 0 : i + n;
    }
    if (i > n) {
        i = n;
    }
    return insert_at(ts, self, i, args[1]);
}

static KrObject *array_extend(KrThread *ts, KrObject *self, KrObject *iterable) {
    if (kr_array_extend_iter(ts, self, iterable) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static int remove_at(KrThread *ts, KrObject *self, intptr_t i) {
    KrArray *a = KR_ARRAY(self);
    memmove(ITEM(a, i), ITEM(a, i + 1), (size_t)(a->len - i - 1) * a->desc->size);
    return kr_array_resize(ts, self, a->len - 1);
}

static KrObject *array_pop(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "pop", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    intptr_t i = -1;
    if (nargs) {
        i = kr_slice_ssize_arg(ts, args[0]);
        if (i == -1 && kr_err_occurred(ts)) {
            return NULL;
        }
    }
    intptr_t n = KR_ARRAY(self)->len;
    if (n == 0) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop from empty array");
        return NULL;
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        kr_err_set_str(ts, &kr_exc_IndexError, "pop index out of range");
        return NULL;
    }
    KrObject *v = kr_array_get(ts, self, i);
    if (v && remove_at(ts, self, i) < 0) {
        KR_CLEAR(ts, v);
    }
    return v;
}

// The first index in [start, stop) holding an item equal to v: -1 when none, -2 on error.
static intptr_t find(KrThread *ts, KrObject *self, KrObject *v, intptr_t start, intptr_t stop) {
    for (intptr_t i = start; i < stop && i < KR_ARRAY(self)->len; i++) {
        KrObject *x = kr_array_get(ts, self, i);
        int eq = x ? kr_equal(ts, x, v) : -1;
        KR_XDECREF(ts, x);
        if (eq) {
            return eq < 0 ? -2 : i;
        }
    }
    return -1;
}

static KrObject *array_remove(KrThread *ts, KrObject *self, KrObject *v) {
    intptr_t i = find(ts, self, v, 0, KR_ARRAY(self)->len);
    if (i == -1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "array.remove(x): x not in array");
    }
    if (i < 0 || remove_at(ts, self, i) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *array_index(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_check_positional(ts, "index", nargs, kwnames, 1, 3) < 0) {
        return NULL;
    }
    intptr_t n = KR_ARRAY(self)->len, start = 0, stop = INTPTR_MAX;
    for (size_t k = 1; k < nargs; k++) {
        if (!KR_INDEX_CHECK(args[k])) {
            kr_err_set_str(ts, &kr_exc_TypeError, "slice indices must be integers or have an __index__ method");
            return NULL;
        }
        if (kr_slice_index(ts, args[k], k == 1 ? &start : &stop) < 0) {
            return NULL;
        }
    }
    if (start < 0) {
        start = start + n < 0 ? 0 : start + n;
    }
    if (stop < 0) {
        stop = stop + n < 0 ? 0 : stop + n;
    }
    intptr_t i = find(ts, self, args[0], start, stop);
    if (i == -1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "array.index(x): x not in array");
    }
    return i < 0 ? NULL : kr_int_from_i64(ts, i);
}

static KrObject *array_count(KrThread *ts, KrObject *self, KrObject *v) {
    int64_t count = 0;
    for (intptr_t i = 0; i < KR_ARRAY(self)->len; i++) {
        KrObject *x = kr_array_get(ts, self, i);
        int eq = x ? kr_equal(ts, x, v) : -1;
        KR_XDECREF(ts, x);
        if (eq < 0) {
            return NULL;
        }
        count += eq;
    }
    return kr_int_from_i64(ts, count);
}

static KrObject *array_reverse(KrThread *ts, KrObject *self) {
    (void)ts;
    KrArray *a = KR_ARRAY(self);
    int size = a->desc->size;
    char tmp[8];
    for (intptr_t i = 0, j = a->len - 1; i < j; i++, j--) {
        memcpy(tmp, ITEM(a, i), size);
        memcpy(ITEM(a, i), ITEM(a, j), size);
        memcpy(ITEM(a, j), tmp, size);
    }
    KR_RETURN_NONE;
}

static KrObject *array_byteswap(KrThread *ts, KrObject *self) {
    (void)ts;
    KrArray *a = KR_ARRAY(self);
    int size = a->desc->size;
    for (intptr_t i = 0; i < a->len; i++) {
        char *p = ITEM(a, i);
        for (int k = 0; k < size / 2; k++) {
            char c = p[k];
            p[k] = p[size - 1 - k];
            p[size - 1 - k] = c;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *array_buffer_info(KrThread *ts, KrObject *self) {
    KrArray *a = KR_ARRAY(self);
    KrObject *addr = kr_int_from_u64(ts, (uint64_t)(uintptr_t)a->data);
    KrObject *len = addr ? kr_int_from_i64(ts, a->len) : NULL;
    KrObject *r = len ? kr_tuple_pack(ts, 2, addr, len) : NULL;
    KR_XDECREF(ts, addr);
    KR_XDECREF(ts, len);
    return r;
}

static KrObject *array_tobytes(KrThread *ts, KrObject *self) {
    KrArray *a = KR_ARRAY(self);
    return kr_bytes_from(ts, a->data, (size_t)a->len * a->desc->size);
}

static KrObject *array_frombytes(KrThread *ts, KrObject *self, KrObject *b) {
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, b, &p, &n) < 0) {
        return NULL;
    }
    if (b == self) {
        // Growing the array would move the bytes being read.
        KrObject *copy = kr_bytes_from(ts, p, (size_t)n);
        KrObject *r = copy ? array_frombytes(ts, self, copy) : NULL;
        KR_XDECREF(ts, copy);
        return r;
    }
    if (kr_array_extend_bytes(ts, self, p, n) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *array_tolist(KrThread *ts, KrObject *self) {
    return kr_array_to_list(ts, self);
}

static KrObject *array_fromlist(KrThread *ts, KrObject *self, KrObject *list) {
    if (!kr_list_check(list)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "arg must be list");
        return NULL;
    }
    intptr_t old = KR_ARRAY(self)->len;
    if (kr_array_extend_iter(ts, self, list) < 0) {
        KR_ARRAY(self)->len = old;
        return NULL;
    }
    KR_RETURN_NONE;
}

static int check_unicode_array(KrThread *ts, KrObject *self, const char *fname) {
    if (KR_ARRAY(self)->desc->code != 'u') {
        kr_err_format(ts, &kr_exc_ValueError, "%s() may only be called on unicode type arrays", fname);
        return -1;
    }
    return 0;
}

static KrObject *array_fromunicode(KrThread *ts, KrObject *self, KrObject *s) {
    if (!kr_str_check(s)) {
        kr_err_format(ts, &kr_exc_TypeError, "fromunicode() argument must be str, not %T", s);
        return NULL;
    }
    if (check_unicode_array(ts, self, "fromunicode") < 0 || kr_array_extend_unicode(ts, self, s) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *array_tounicode(KrThread *ts, KrObject *self) {
    if (check_unicode_array(ts, self, "tounicode") < 0) {
        return NULL;
    }
    KrArray *a = KR_ARRAY(self);
    for (intptr_t i = 0; i < a->len; i++) {
        uint32_t c;
        memcpy(&c, ITEM(a, i), 4);
        if (c > 0x10FFFF) {
            kr_err_format(ts, &kr_exc_ValueError, "character U+%x is not in range [U+0000; U+10ffff]", (unsigned)c);
            return NULL;
        }
    }
    return kr_str_from_ucs4(ts, (const uint32_t *)(void *)a->data, (size_t)a->len);
}

static KrObject *array_fromfile(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    if (kr_check_positional(ts, "fromfile", nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    intptr_t n = kr_slice_ssize_arg(ts, args[1]);
    if (n == -1 && kr_err_occurred(ts)) {
        return NULL;
    }
    if (n < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "negative count");
        return NULL;
    }
    int size = KR_ARRAY(self)->desc->size;
    if (n > INTPTR_MAX / size) {
        return kr_err_no_memory(ts);
    }
    KrObject *want = kr_int_from_i64(ts, n * size);
    KrObject *data = want ? kr_call_method(ts, args[0], kr_str_intern_literal(ts, "read"), &want, 1) : NULL;
    KR_XDECREF(ts, want);
    if (!data) {
        return NULL;
    }
    if (!kr_bytes_check(data)) {
        KR_DECREF(ts, data);
        kr_err_set_str(ts, &kr_exc_TypeError, "read() didn't return bytes");
        return NULL;
    }
    intptr_t got = KR_BYTES_SIZE(data);
    int r = kr_array_extend_bytes(ts, self, KR_BYTES_DATA(data), got - got % size);
    KR_DECREF(ts, data);
    if (r < 0) {
        return NULL;
    }
    if (got != n * size) {
        kr_err_set_str(ts, &kr_exc_EOFError, "read() didn't return enough bytes");
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *array_tofile(KrThread *ts, KrObject *self, KrObject *f) {
    KrObject *b = array_tobytes(ts, self);
    KrObject *r = b ? kr_call_method(ts, f, kr_str_intern_literal(ts, "write"), &b, 1) : NULL;
    KR_XDECREF(ts, b);
    if (!r) {
        return NULL;
    }
    KR_DECREF(ts, r);
    KR_RETURN_NONE;
}

static KrObject *array_copy(KrThread *ts, KrObject *self) {
    KrArray *a = KR_ARRAY(self);
    KrObject *r = kr_array_new(ts, &kr_array_type, a->desc, a->len);
    if (r) {
        memcpy(KR_ARRAY(r)->data, a->data, (size_t)a->len * a->desc->size);
    }
    return r;
}

static KrObject *array_deepcopy(KrThread *ts, KrObject *self, KrObject *memo) {
    (void)memo;
    return array_copy(ts, self);
}

// (type(self), (typecode, items), __dict__ or None): rebuilt by the constructor.
static KrObject *array_reduce_ex(KrThread *ts, KrObject *self, KrObject *proto) {
    (void)proto;
    KrArray *a = KR_ARRAY(self);
    char code = a->desc->code;
    KrObject *tc = kr_str_from_utf8(ts, &code, 1);
    KrObject *items = tc ? (code == 'u' ? array_tounicode(ts, self) : kr_array_to_list(ts, self)) : NULL;
    KrObject *cargs = items ? kr_tuple_pack(ts, 2, tc, items) : NULL;
    KrObject *dict = kr_object_get_dict(ts, self, false);
    if (!dict || kr_dict_size(dict) == 0) {
        dict = KR_NONE;
    }
    KrObject *r = cargs ? kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), cargs, dict) : NULL;
    KR_XDECREF(ts, tc);
    KR_XDECREF(ts, items);
    KR_XDECREF(ts, cargs);
    return r;
}

static KrObject *get_typecode(KrThread *ts, KrObject *self) {
    char code = KR_ARRAY(self)->desc->code;
    return kr_str_from_utf8(ts, &code, 1);
}

static KrObject *get_itemsize(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, KR_ARRAY(self)->desc->size);
}

const KrMethodDef kr_array_methods[] = {
    {"append", (void *)array_append, KR_METH_O, false, false, "Append new value v to the end of the array."},
    {"buffer_info", (void *)array_buffer_info, KR_METH_NOARGS, false, false,
     "Return a tuple (address, length) giving the current memory address and the length in items."},
    {"byteswap", (void *)array_byteswap, KR_METH_NOARGS, false, false, "Byteswap all items of the array."},
    {"count", (void *)array_count, KR_METH_O, false, false, "Return number of occurrences of v in the array."},
    {"extend", (void *)array_extend, KR_METH_O, false, false, "Append items to the end of the array."},
    {"frombytes", (void *)array_frombytes, KR_METH_O, false, false,
     "Appends items from the string, interpreting it as an array of machine values."},
    {"fromfile", (void *)array_fromfile, KR_METH_VARARGS, false, false,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", (void *)array_fromlist, KR_METH_O, false, false, "Append items to array from list."},
    {"fromunicode", (void *)array_fromunicode, KR_METH_O, false, false,
     "Extends this array with data from the unicode string ustr."},
    {"index", (void *)array_index, KR_METH_VARARGS, false, false,
     "Return index of first occurrence of v in the array."},
    {"insert", (void *)array_insert, KR_METH_VARARGS, false, false,
     "Insert a new item v into the array before position i."},
    {"pop", (void *)array_pop, KR_METH_VARARGS, false, false,
     "Return the i-th element and delete it from the array."},
    {"remove", (void *)array_remove, KR_METH_O, false, false, "Remove the first occurrence of v in the array."},
    {"reverse", (void *)array_reverse, KR_METH_NOARGS, false, false, "Reverse the order of the items in the array."},
    {"tobytes", (void *)array_tobytes, KR_METH_NOARGS, false, false,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tofile", (void *)array_tofile, KR_METH_O, false, false, "Write all items (as machine values) to the file object f."},
    {"tolist", (void *)array_tolist, KR_METH_NOARGS, false, false, "Convert array to an ordinary list with the same items."},
    {"tounicode", (void *)array_tounicode, KR_METH_NOARGS, false, false,
     "Extends this array with data from the unicode string ustr."},
    {"__copy__", (void *)array_copy, KR_METH_NOARGS, false, false, "Return a copy of the array."},
    {"__deepcopy__", (void *)array_deepcopy, KR_METH_O, false, false, "Return a copy of the array."},
    {"__reduce_ex__", (void *)array_reduce_ex, KR_METH_O, false, false, "Return state information for pickling."},
    {NULL, NULL, 0, false, false, NULL},
};

const KrGetSetDef kr_array_getsets[] = {
    {"typecode", get_typecode, NULL, "the typecode character used to create the array"},
    {"itemsize", get_itemsize, NULL, "the size, in bytes, of one array item"},
    {NULL, NULL, NULL, NULL},
};

KrObject *kr_array_module_create(KrThread *ts) {
    static KrType *const types[] = {&kr_array_type, NULL};
    KrObject *m = kr_modsupport_module(ts, "array",
                                       "This module defines an object type which can efficiently represent\n"
                                       "an array of basic values: characters, integers, floating point\n"
                                       "numbers.  Arrays are sequence types and behave very much like lists,\n"
                                       "except that the type of objects stored in them is constrained.\n",
                                       NULL, types);
    if (!m || kr_modsupport_add(ts, m, "ArrayType", KR_INCREF(&kr_array_type)) < 0 ||
        kr_modsupport_add(ts, m, "typecodes", kr_str_from_cstr(ts, "bBuhHiIlLqQfd")) < 0 ||
        kr_modsupport_run_prelude(ts, m,
                                  "from collections.abc import MutableSequence as _ms\n"
                                  "_ms.register(array)\n"
                                  "del _ms\n",
                                  "<array>") < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
