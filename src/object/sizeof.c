// SPDX-License-Identifier: MIT
// object.__sizeof__ and sys.getsizeof: the sizes CPython 3.11 reports on a
// 64-bit host, computed from each object's contents.
//
// Krait's own layouts differ from CPython's (one str struct for every kind,
// instance dicts always real dicts, a link word before every object...), and
// programs compare sizes against CPython's, so the numbers are CPython's
// layout applied to the object's contents: its length, its digits, its
// list's allocation (which grows as CPython's does), its hash table's size.
// The numbers are the same on every target, wasm32 included, although a
// 32-bit CPython would report smaller ones. Types not in the table below
// report Krait's own instance size.
#include "../vm/vm.h"
#include "bytes.h"
#include "containers.h"
#include "exc.h"
#include "func.h"
#include "int.h"
#include "iterators.h"
#include "singletons.h"
#include "sizeof.h"
#include "str.h"
#include "weakref.h"

extern KrType kr_none_type, kr_ellipsis_type, kr_notimpl_type, kr_range_type, kr_slice_type, kr_code_type,
    kr_module_type, kr_memoryview_type, kr_gen_type, kr_coro_type, kr_async_gen_type, kr_enumerate_type,
    kr_zip_type, kr_map_type, kr_filter_type, kr_complex_type, kr_float_type;

// CPython 3.11's tp_basicsize and tp_itemsize of a builtin type, and whether
// its instances carry a GC header (sys.getsizeof adds 16 bytes for it).
typedef struct RefLayout {
    const KrType *type;
    uint16_t basicsize, itemsize;
    bool gc;
} RefLayout;

static const RefLayout ref_layouts[] = {
    {&kr_object_type, 16, 0, false},
    {&kr_int_type, 24, 4, false},
    {&kr_bool_type, 32, 4, false},
    {&kr_float_type, 24, 0, false},
    {&kr_complex_type, 32, 0, false},
    {&kr_str_type, 80, 0, false},
    {&kr_bytes_type, 33, 1, false},
    {&kr_bytearray_type, 56, 0, false},
    {&kr_tuple_type, 24, 8, true},
    {&kr_list_type, 40, 0, true},
    {&kr_dict_type, 48, 0, true},
    {&kr_set_type, 200, 0, true},
    {&kr_frozenset_type, 200, 0, true},
    {&kr_range_type, 48, 0, false},
    {&kr_slice_type, 40, 0, true},
    {&kr_none_type, 16, 0, false},
    {&kr_ellipsis_type, 16, 0, false},
    {&kr_notimpl_type, 16, 0, false},
    {&kr_function_type, 136, 0, true},
    {&kr_method_type, 48, 0, true},
    {&kr_cfunction_type, 56, 0, true},
    {&kr_property_type, 64, 0, true},
    {&kr_staticmethod_type, 32, 0, true},
    {&kr_classmethod_type, 32, 0, true},
    {&kr_cell_type, 24, 0, true},
    {&kr_module_type, 56, 0, true},
    {&kr_memoryview_type, 144, 8, true},
    {&kr_code_type, 184, 2, false},
    {&kr_gen_type, 152, 8, true},
    {&kr_coro_type, 152, 8, true},
    {&kr_async_gen_type, 168, 8, true},
    {&kr_enumerate_type, 56, 0, true},
    {&kr_zip_type, 48, 0, true},
    {&kr_map_type, 32, 0, true},
    {&kr_filter_type, 32, 0, true},
    {&kr_reversed_type, 32, 0, true},
    {&kr_list_iter_type, 32, 0, true},
    {&kr_str_iter_type, 32, 0, true},
    {&kr_str_ascii_iter_type, 32, 0, true},
    {&kr_longrange_iter_type, 48, 0, false},
    {&kr_dict_keyiter_type, 56, 0, true},
    {&kr_dict_valueiter_type, 56, 0, true},
    {&kr_dict_itemiter_type, 56, 0, true},
    {&kr_dict_revkeyiter_type, 56, 0, true},
    {&kr_dict_revvalueiter_type, 56, 0, true},
    {&kr_dict_revitemiter_type, 56, 0, true},
    {&kr_exc_BaseException, 72, 0, true},
    {&kr_type_type, 904, 40, true},
    {&kr_weakref_type, 80, 0, true},
    {&kr_weakproxy_type, 80, 0, true},
    {&kr_weakcallableproxy_type, 80, 0, true},
};

// The nearest builtin ancestor's row (NULL: a type CPython's table lacks,
// which reports its own size rather than object's).
static const RefLayout *ref_layout(KrType *t) {
    KrType *start = t;
    for (; t; t = t->base_type) {
        for (size_t i = 0; i < sizeof(ref_layouts) / sizeof(ref_layouts[0]); i++) {
            if (ref_layouts[i].type == t) {
                bool heap_or_same = start == t || (start->flags & KR_TYPE_HEAP);
                return t != &kr_object_type || heap_or_same ? &ref_layouts[i] : NULL;
            }
        }
    }
    return NULL;
}

static KrType *solid_builtin(KrType *t) {
    while (t->flags & KR_TYPE_HEAP) {
        t = t->base_type;
    }
    return t;
}

static bool builtin_has_dict(KrType *t) {
    return t->dictoffset != 0 || (t->flags & KR_TYPE_HAS_DICT) || t == &kr_type_type;
}

// CPython's tp_basicsize of `t`: a class adds a weak-reference slot and, when
// its builtin base is variable-size, its __dict__ slot (otherwise the dict
// lives in the "managed" pre-header, see kr_sizeof_presize).
static size_t ref_basicsize(KrType *t) {
    KrType *sb = solid_builtin(t);
    const RefLayout *l = ref_layout(sb);
    size_t size = l ? l->basicsize : sb->basicsize;
    if (t->flags & KR_TYPE_HEAP) {
        size_t itemsize = l ? l->itemsize : sb->itemsize;
        if ((t->flags & KR_TYPE_WEAKREFABLE) && !kr_weakref_supported(sb) && itemsize == 0) {
            size += 8;
        }
        // Krait's classes add their slots, then maybe a __dict__ pointer, past
        // the builtin base's fields (see member.c).
        bool dict_word = t->dictoffset != 0 && sb->dictoffset == 0;
        if (dict_word && !builtin_has_dict(sb) && itemsize != 0) {
            size += 8;
        }
        if (sb->itemsize == 0) {
            size_t words = (t->basicsize - sb->basicsize) / sizeof(KrObject *);
            size += 8 * (words - (dict_word && t->dictoffset > 0 ? 1 : 0));
        }
    }
    return size;
}

int64_t kr_sizeof_basicsize(KrType *t) {
    return (int64_t)ref_basicsize(t);
}

// A class whose builtin base has neither a __dict__ nor items keeps its
// instances' dict (and values) pointers before the object in 3.11.
static bool instances_have_managed_dict(KrType *t) {
    KrType *sb = solid_builtin(t);
    const RefLayout *l = ref_layout(sb);
    size_t itemsize = l ? l->itemsize : sb->itemsize;
    return (t->flags & KR_TYPE_HEAP) && t->dictoffset != 0 && !builtin_has_dict(sb) && itemsize == 0;
}

// Digits of a CPython int: 30-bit, as Krait's, and at least one (3.11 counts
// one for zero).
static size_t int_digits(KrObject *o) {
    intptr_t n = ((KrInt *)o)->size;
    n = n < 0 ? -n : n;
    return (size_t)(n ? n : 1);
}

static size_t str_sizeof(KrObject *o) {
    size_t len = (size_t)KR_STR_LEN(o), kind = KR_STR_KIND(o);
    if (KR_TYPE(o) != &kr_str_type) {
        // Instances of subclasses are CPython's "legacy" strings.
        return 80 + (len + 1) * kind;
    }
    if (((KrStr *)o)->ascii) {
        return 48 + len + 1;
    }
    return 72 + (len + 1) * kind;
}

int64_t kr_sizeof_object(KrThread *ts, KrObject *o) {
    (void)ts;
    KrType *t = KR_TYPE(o);
    KrType *sb = solid_builtin(t);
    size_t base = ref_basicsize(t);
    if (sb == &kr_type_type) {
        // A builtin type is a bare PyTypeObject; a class a PyHeapTypeObject
        // plus the shared-keys table its instances' dicts start from.
        KrType *ty = (KrType *)o;
        if (!(ty->flags & KR_TYPE_HEAP)) {
            return 408;
        }
        return 904 + (instances_have_managed_dict(ty) ? 768 : 0);
    }
    if (sb == &kr_int_type || sb == &kr_bool_type) {
        return (int64_t)(24 + 4 * int_digits(o));
    }
    if (sb == &kr_str_type) {
        return (int64_t)str_sizeof(o);
    }
    if (sb == &kr_bytes_type) {
        return (int64_t)(base + (size_t)KR_BYTES_SIZE(o));
    }
    if (sb == &kr_bytearray_type) {
        return (int64_t)(base + (size_t)((KrByteArray *)o)->alloc);
    }
    if (sb == &kr_tuple_type) {
        return (int64_t)(base + 8 * (size_t)KR_TUPLE_SIZE(o));
    }
    if (sb == &kr_list_type) {
        return (int64_t)(base + 8 * (size_t)((KrList *)o)->allocated);
    }
    if (sb == &kr_dict_type) {
        return (int64_t)(base + kr_dict_keys_sizeof(o));
    }
    if (sb == &kr_memoryview_type) {
        // shape, strides and suboffsets: ndim items each (room for one at ndim 0).
        int ndim = ((KrMemoryView *)o)->ndim;
        return (int64_t)(base + 24 * (size_t)(ndim ? ndim : 1));
    }
    if (sb == &kr_set_type || sb == &kr_frozenset_type) {
        // CPython keeps 8 entries inside the object; bigger tables are 16 bytes a slot.
        size_t slots = (size_t)((KrSet *)o)->mask + 1;
        return (int64_t)(base + (slots > 8 ? 16 * slots : 0));
    }
    return (int64_t)base;
}

int64_t kr_sizeof_presize(KrObject *o) {
    KrType *t = KR_TYPE(o);
    const RefLayout *l = ref_layout(solid_builtin(t));
    bool gc = (t->flags & KR_TYPE_HEAP) || (l ? l->gc : (t->flags & KR_TYPE_GC) != 0);
    return (gc ? 16 : 0) + (instances_have_managed_dict(t) ? 16 : 0);
}
