// SPDX-License-Identifier: MIT
// The object header, type objects with slot tables, reference counting and
// the generic object protocols (getattr, call, binary operators, ...).
#ifndef KR_OBJECT_H
#define KR_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct KrThread KrThread;
typedef struct KrVM KrVM;
typedef struct KrType KrType;
typedef int64_t KrHash; // 64-bit everywhere, so hash() matches 64-bit CPython on wasm too

// Every object starts with this header, as the seeds describe: a reference
// count and a pointer to the type. Immortal objects (None, True, False, static
// type objects) have a negative count that INCREF/DECREF leave alone, so they
// can be shared by several interpreters in one process.
typedef struct KrObject {
    intptr_t refcnt;
    KrType *type;
} KrObject;

// The head of a variable-size object (tuple, int): its items follow `size`
// (negative for negative ints; the item count is |size|). A subclass's extra
// fields -- its __dict__ slot -- cannot sit at a fixed offset, since the items
// grow past any; they go after the items instead (see KrType.dictoffset).
typedef struct KrVarObject {
    KrObject base;
    intptr_t size;
} KrVarObject;

#define KR_IMMORTAL_REFCNT (INTPTR_MIN / 2)
#define KR_STATIC_HEAD(typeptr) { KR_IMMORTAL_REFCNT, (typeptr) }

// Every heap object is preceded by this link: the VM keeps all its objects in
// one circular list, so destroying an interpreter frees everything (cycles
// included) and the cycle collector can walk the heap.
typedef struct KrLink {
    struct KrLink *prev, *next;
} KrLink;

void kr_object_dealloc(KrThread *ts, KrObject *o); // calls type->dealloc

static inline KrObject *kr_incref(KrObject *o) {
    if (o->refcnt >= 0) {
        o->refcnt++;
    }
    return o;
}

static inline void kr_decref(KrThread *ts, KrObject *o) {
    if (o->refcnt > 0 && --o->refcnt == 0) {
        kr_object_dealloc(ts, o);
    }
}

#define KR_INCREF(o) kr_incref((KrObject *)(o))
#define KR_DECREF(ts, o) kr_decref((ts), (KrObject *)(o))
#define KR_XINCREF(o) do { if (o) { KR_INCREF(o); } } while (0)
#define KR_XDECREF(ts, o) do { if (o) { KR_DECREF(ts, o); } } while (0)
#define KR_CLEAR(ts, o) do { KrObject *kr_tmp_ = (KrObject *)(o); if (kr_tmp_) { (o) = NULL; KR_DECREF(ts, kr_tmp_); } } while (0)
// Replace *slot with a new value (steals the new reference, drops the old one).
#define KR_SETREF(ts, slot, v) do { KrObject *kr_old_ = (KrObject *)(slot); (slot) = (v); KR_XDECREF(ts, kr_old_); } while (0)

#define KR_TYPE(o) (((KrObject *)(o))->type)

// Allocation. kr_object_alloc returns a zeroed object of `size` bytes with
// refcnt 1 and the given type (the type gets a reference if it is a heap type),
// linked into the VM's object list; NULL with MemoryError set on failure.
KrObject *kr_object_alloc(KrThread *ts, KrType *type, size_t size);
// Frees the memory of an object allocated by kr_object_alloc; for dealloc slots.
// It drops the reference to a heap type.
void kr_object_free(KrThread *ts, KrObject *o);
// Raw memory through the VM's allocator hook: NULL with MemoryError set on failure.
void *kr_mem_alloc(KrThread *ts, size_t size);
void *kr_mem_realloc(KrThread *ts, void *p, size_t size);
void kr_mem_free(KrThread *ts, void *p);

// ---- slot signatures -------------------------------------------------------

// Calls are vectorcall-style: positional arguments first, then the values of
// the keyword arguments whose names are in the tuple `kwnames` (or NULL).
typedef KrObject *(*KrCallFn)(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs,
                              KrObject *kwnames);
typedef KrObject *(*KrUnaryFn)(KrThread *ts, KrObject *a);
typedef KrObject *(*KrBinaryFn)(KrThread *ts, KrObject *a, KrObject *b);
typedef KrObject *(*KrTernaryFn)(KrThread *ts, KrObject *a, KrObject *b, KrObject *c);
typedef int (*KrInquiryFn)(KrThread *ts, KrObject *a);        // -1 error, else 0/1
typedef intptr_t (*KrLenFn)(KrThread *ts, KrObject *a);        // -1 error
typedef KrHash (*KrHashFn)(KrThread *ts, KrObject *a);         // -1 error
typedef KrObject *(*KrCompareFn)(KrThread *ts, KrObject *a, KrObject *b, int op);
typedef KrObject *(*KrGetAttrFn)(KrThread *ts, KrObject *o, KrObject *name);
typedef int (*KrSetAttrFn)(KrThread *ts, KrObject *o, KrObject *name, KrObject *value); // value NULL: delete
typedef int (*KrSetItemFn)(KrThread *ts, KrObject *o, KrObject *key, KrObject *value);  // value NULL: delete
typedef int (*KrContainsFn)(KrThread *ts, KrObject *o, KrObject *item);                 // -1/0/1
typedef KrObject *(*KrDescrGetFn)(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *type);
typedef int (*KrDescrSetFn)(KrThread *ts, KrObject *descr, KrObject *obj, KrObject *value);
typedef KrObject *(*KrNewFn)(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames);
typedef int (*KrInitFn)(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames);
typedef void (*KrDeallocFn)(KrThread *ts, KrObject *o);
typedef void (*KrVisitFn)(KrThread *ts, KrObject *o, void *arg);
typedef void (*KrTraverseFn)(KrThread *ts, KrObject *o, KrVisitFn visit, void *arg);

// Comparison operators, numbered as CPython's Py_LT..Py_GE (COMPARE_OP's operand).
enum { KR_LT = 0, KR_LE = 1, KR_EQ = 2, KR_NE = 3, KR_GT = 4, KR_GE = 5 };

// Binary operators, numbered as BINARY_OP's operand (CPython 3.11's NB_* order);
// the in-place forms are KR_BINOP_INPLACE + op.
#define KR_BINOPS(X)                                                   \
    X(ADD, "+", "__add__", "__radd__", "__iadd__")                     \
    X(AND, "&", "__and__", "__rand__", "__iand__")                     \
    X(FLOOR_DIVIDE, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__")        \
    X(MATRIX_MULTIPLY, "@", "__matmul__", "__rmatmul__", "__imatmul__") \
    X(MULTIPLY, "*", "__mul__", "__rmul__", "__imul__")                \
    X(REMAINDER, "%", "__mod__", "__rmod__", "__imod__")               \
    X(OR, "|", "__or__", "__ror__", "__ior__")                         \
    X(POWER, "**", "__pow__", "__rpow__", "__ipow__")                  \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__")        \
    X(SUBTRACT, "-", "__sub__", "__rsub__", "__isub__")                \
    X(TRUE_DIVIDE, "/", "__truediv__", "__rtruediv__", "__itruediv__") \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__")

enum {
#define X(name, sym, d, rd, id) KR_BINOP_##name,
    KR_BINOPS(X)
#undef X
    KR_BINOP_COUNT,
    KR_BINOP_INPLACE = KR_BINOP_COUNT
};

// Method tables: registration is data.
typedef enum {
    KR_METH_VARARGS, // KrCallFn signature: (ts, self, args, nargs, kwnames)
    KR_METH_NOARGS,  // KrUnaryFn: (ts, self)
    KR_METH_O,       // KrBinaryFn: (ts, self, arg)
} KrMethKind;

typedef struct KrMethodDef {
    const char *name;
    void *fn;
    KrMethKind kind;
    bool is_static; // staticmethod: no self
    bool is_class;  // classmethod: self is the type
    const char *doc;
} KrMethodDef;

// A computed attribute (a property implemented in C).
typedef struct KrGetSetDef {
    const char *name;
    KrUnaryFn get;                                                      // (ts, self)
    int (*set)(KrThread *ts, KrObject *self, KrObject *value);          // NULL: read-only
    const char *doc;
} KrGetSetDef;

// Type flags.
enum {
    KR_TYPE_HEAP = 1 << 0,       // created by a class statement or type(); refcounted
    KR_TYPE_BASETYPE = 1 << 1,   // may be subclassed
    KR_TYPE_HAS_DICT = 1 << 2,   // instances carry a __dict__ at dictoffset
    KR_TYPE_GC = 1 << 3,         // instances are containers (traverse/clear)
    KR_TYPE_INT_SUBCLASS = 1 << 8,    // fast subclass checks, as CPython's tp_flags
    KR_TYPE_LIST_SUBCLASS = 1 << 9,
    KR_TYPE_TUPLE_SUBCLASS = 1 << 10,
    KR_TYPE_STR_SUBCLASS = 1 << 11,
    KR_TYPE_DICT_SUBCLASS = 1 << 12,
    KR_TYPE_EXC_SUBCLASS = 1 << 13,
    KR_TYPE_TYPE_SUBCLASS = 1 << 14,
    // What a match statement sees (CPython's Py_TPFLAGS_SEQUENCE / MAPPING /
    // _Py_TPFLAGS_MATCH_SELF), inherited by subclasses: sequence patterns
    // match SEQUENCE types, mapping patterns MAPPING types, and a MATCH_SELF
    // class pattern with one positional sub-pattern matches the subject itself.
    KR_TYPE_SEQUENCE = 1 << 15,
    KR_TYPE_MAPPING = 1 << 16,
    KR_TYPE_MATCH_SELF = 1 << 17,
    // Instances may be weakly referenced (CPython: tp_weaklistoffset != 0).
    // Not inherited by static types; classes get it as CPython's do.
    KR_TYPE_WEAKREFABLE = 1 << 18,
    KR_TYPE_WEAKREF_SUBCLASS = 1 << 19, // weakref.ref and its subclasses, proxies
    // The ADD slot is sequence concatenation (CPython's sq_concat): the type
    // exposes __add__ but no __radd__, as str, list, tuple and bytes do.
    KR_TYPE_CONCAT = 1 << 20,
    // A heap class that is (or was) in another class's MRO or __bases__: only
    // such a class needs the heap scan for its subclasses (never cleared).
    KR_TYPE_HAS_SUBCLASSES = 1 << 21,
};

// The memory of a buffer exporter (KrType.buffer): contiguous bytes holding
// items of a struct-style native format ('B' for plain bytes).
typedef struct KrBuffer {
    char *p;
    intptr_t n;     // bytes
    char format;
    int itemsize;
} KrBuffer;

// A type object. Builtin types are static, immutable and shared by every
// interpreter of the process; their per-interpreter __dict__ is built lazily
// from the method/getset tables (see kr_type_dict). Slots left NULL fall back
// to the base type's where that makes sense (kr_type_ready copies them).
struct KrType {
    KrObject base;
    const char *name;       // tp_name, e.g. "int"; heap types: UTF-8 of __name__
    size_t basicsize;       // instance size in bytes
    unsigned flags;
    KrType *base_type;      // tp_base (NULL only for object)
    // Static types only: a second base after base_type's chain, as
    // ExceptionGroup(BaseExceptionGroup, Exception). The MRO is the type,
    // base_type's chain up to the first ancestor of base2, then base2's chain.
    KrType *base2;
    // Where an instance keeps its __dict__ pointer (0: none). Negative (as in
    // CPython) for subclasses of variable-size types: counted back from the
    // end of the instance, whose size kr_object_var_size gives.
    intptr_t dictoffset;
    size_t itemsize;        // variable-size types (KrVarObject heads): bytes per item; 0 otherwise
    const char *doc;

    KrDeallocFn dealloc;
    KrTraverseFn traverse;
    KrInquiryFn clear;

    KrUnaryFn repr;
    KrUnaryFn str;
    KrHashFn hash;           // NULL: inherit; kr_hash_not_implemented: unhashable
    KrCompareFn richcompare; // returns NotImplemented for unsupported pairs
    KrGetAttrFn getattr;     // NULL: generic attribute lookup
    KrSetAttrFn setattr;     // NULL: generic
    KrCallFn call;
    KrUnaryFn iter;
    KrUnaryFn iternext;      // NULL return with no exception set: exhausted
    KrDescrGetFn descr_get;
    KrDescrSetFn descr_set;
    KrNewFn new_;
    KrInitFn init;

    // Number slots. Binary slots receive operands in either order, as CPython's
    // nb_* slots do, and return NotImplemented when they do not apply.
    KrBinaryFn nb[KR_BINOP_COUNT];
    KrBinaryFn nb_inplace[KR_BINOP_COUNT]; // NULL: use nb[]
    KrTernaryFn nb_power3;   // pow(a, b, m)
    KrBinaryFn nb_divmod;
    KrUnaryFn nb_negative, nb_positive, nb_invert, nb_absolute;
    KrInquiryFn nb_bool;
    KrUnaryFn nb_int, nb_float, nb_index;

    // Sequence / mapping slots.
    KrLenFn len;
    KrBinaryFn getitem;      // o[key]
    KrSetItemFn setitem;     // o[key] = v / del o[key]
    KrContainsFn contains;
    // Buffer exporters other than bytes/bytearray (array.array): `buffer`
    // fills *b (0, or -1 with an exception); kr_bytes_buffer falls back to it,
    // so bytes(x), struct and file writes accept the object, and memoryview
    // views it. `buffer_exports` adds delta (+1/-1) to the count of views
    // holding the memory, which may not move meanwhile.
    int (*buffer)(KrThread *ts, KrObject *o, KrBuffer *b);
    void (*buffer_exports)(KrObject *o, int delta);

    const KrMethodDef *methods;
    const KrGetSetDef *getsets;

    // Per-type data filled at runtime. For heap types: the class dict, the
    // tuple of bases and the MRO tuple. Static types keep these NULL and the
    // VM holds their dicts (see kr_type_dict).
    KrObject *dict;
    KrObject *bases;
    KrObject *mro;
    KrObject *heap_name;     // heap types: __name__ (str); __module__ lives in dict
    KrObject *heap_qualname; // heap types: __qualname__ (str), taken out of the class body's namespace
    int static_index;        // index into the VM's per-static-type table (types.def order + 1), 0 for heap types
    // Constant data a family of static types shares code over (struct
    // sequences: their KrStructSeqDesc); NULL for most types.
    const void *type_data;
};

// ---- generic protocols (abstract.c) -------------------------------------
// All return new references, NULL/-1 with an exception set on error.

KrObject *kr_repr(KrThread *ts, KrObject *o);
KrObject *kr_str(KrThread *ts, KrObject *o);
KrObject *kr_ascii(KrThread *ts, KrObject *o);
KrHash kr_hash(KrThread *ts, KrObject *o);
KrHash kr_hash_not_implemented(KrThread *ts, KrObject *o); // raises "unhashable type: 'X'"
int kr_is_true(KrThread *ts, KrObject *o);                  // -1 error
KrObject *kr_compare(KrThread *ts, KrObject *a, KrObject *b, int op);
int kr_compare_bool(KrThread *ts, KrObject *a, KrObject *b, int op); // -1 error
int kr_equal(KrThread *ts, KrObject *a, KrObject *b);        // identity shortcut, then ==; -1 error
KrObject *kr_binop(KrThread *ts, KrObject *a, KrObject *b, int op); // op: KR_BINOP_* (+ KR_BINOP_INPLACE)
KrObject *kr_power3(KrThread *ts, KrObject *a, KrObject *b, KrObject *m);
KrObject *kr_divmod(KrThread *ts, KrObject *a, KrObject *b);
KrObject *kr_negative(KrThread *ts, KrObject *o);
KrObject *kr_positive(KrThread *ts, KrObject *o);
KrObject *kr_invert(KrThread *ts, KrObject *o);
KrObject *kr_absolute(KrThread *ts, KrObject *o);
KrObject *kr_number_index(KrThread *ts, KrObject *o);      // operator.index(): an int or TypeError
intptr_t kr_index_as_ssize(KrThread *ts, KrObject *o, bool *overflow_to_error); // for indexes; -1 + exc on error
// An int argument used as a C int (chr, sort's reverse): __index__, then
// OverflowError "Python int too large to convert to C int"; -1 on error.
int kr_index_as_int(KrThread *ts, KrObject *o, int *out);
KrObject *kr_number_int(KrThread *ts, KrObject *o);        // int(o)
KrObject *kr_number_float(KrThread *ts, KrObject *o);      // float(o)

KrObject *kr_getattr(KrThread *ts, KrObject *o, KrObject *name);
KrObject *kr_getattr_cstr(KrThread *ts, KrObject *o, const char *name);
// Like kr_getattr but returns NULL *without* an exception when the attribute is
// missing (AttributeError swallowed). *found tells which happened.
KrObject *kr_getattr_opt(KrThread *ts, KrObject *o, KrObject *name);
int kr_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value);
int kr_delattr(KrThread *ts, KrObject *o, KrObject *name);
KrObject *kr_generic_getattr(KrThread *ts, KrObject *o, KrObject *name);
int kr_generic_setattr(KrThread *ts, KrObject *o, KrObject *name, KrObject *value);

// Inline caches of attribute lookups, one per name of a code object (for
// LOAD_ATTR, LOAD_METHOD and STORE_ATTR), each remembering a few classes: the
// class attribute found on `type`, good while the VM's type cache epoch is
// `epoch` (any change to a class dict, or a class's death, bumps it), and the
// entry index of the name in the instance dict seen last.
typedef struct KrAttrEntry {
    KrType *type;
    KrObject *descr; // borrowed from a class dict of type's MRO; NULL: none
    uint32_t epoch;
    int32_t hint;
} KrAttrEntry;
#define KR_ATTR_WAYS 4
typedef struct KrAttrCache {
    KrAttrEntry e[KR_ATTR_WAYS];
} KrAttrCache;
// Looks name up on type (kr_type_lookup) and records it in a way of `c`
// (the oldest); returns that way, or `scratch` filled when the lookup may not
// be kept, or NULL when it raised.
KrAttrEntry *kr_attr_cache_fill(KrThread *ts, KrAttrCache *c, KrType *type, KrObject *name, KrAttrEntry *scratch);
// kr_generic_getattr/setattr with the class attribute `descr` (borrowed, from
// kr_type_lookup) already known; `hint` (NULL: none) as kr_dict_get_str_hinted.
KrObject *kr_generic_getattr_found(KrThread *ts, KrObject *o, KrObject *name, KrObject *descr, int32_t *hint);
int kr_generic_setattr_found(KrThread *ts, KrObject *o, KrObject *name, KrObject *value, KrObject *descr,
                             int32_t *hint);
// An instance's __dict__ (borrowed), created on demand when `create`; NULL when
// the type has no instance dicts (no exception set) or on MemoryError.
KrObject *kr_object_get_dict(KrThread *ts, KrObject *o, bool create);
// The address of an instance's __dict__ slot, or NULL when its type has none.
KrObject **kr_object_dict_ptr(KrObject *o);
// The bytes an instance of a variable-size `type` (itemsize != 0) holding
// `nitems` items occupies: basicsize plus the items, pointer-aligned. Subclass
// allocators use it, so the __dict__ slot fits after the items.
size_t kr_object_var_size(KrType *type, intptr_t nitems);
// Raises AttributeError "'T' object has no attribute 'name'" (with .name/.obj set).
void kr_err_attribute(KrThread *ts, KrObject *o, KrObject *name);

KrObject *kr_call(KrThread *ts, KrObject *callable, KrObject *const *args, size_t nargs, KrObject *kwnames);
KrObject *kr_call0(KrThread *ts, KrObject *callable);
KrObject *kr_call1(KrThread *ts, KrObject *callable, KrObject *a);
KrObject *kr_call2(KrThread *ts, KrObject *callable, KrObject *a, KrObject *b);
// callable(*args_tuple, **kwargs_dict); kwargs may be NULL.
KrObject *kr_call_tuple_dict(KrThread *ts, KrObject *callable, KrObject *args, KrObject *kwargs);
// o.name(*args): looks the method up on the type (no bound-method allocation).
KrObject *kr_call_method(KrThread *ts, KrObject *o, KrObject *name, KrObject *const *args, size_t nargs);
// The same with the method named by a C string.
KrObject *kr_call_method_cstr(KrThread *ts, KrObject *o, const char *name, KrObject *const *args, size_t nargs);
bool kr_callable(KrObject *o);

KrObject *kr_getitem(KrThread *ts, KrObject *o, KrObject *key);
int kr_setitem(KrThread *ts, KrObject *o, KrObject *key, KrObject *value);
int kr_delitem(KrThread *ts, KrObject *o, KrObject *key);
int kr_contains(KrThread *ts, KrObject *container, KrObject *item); // -1/0/1
intptr_t kr_len(KrThread *ts, KrObject *o);                         // -1 error
KrObject *kr_iter(KrThread *ts, KrObject *o);
// Next item; NULL with no exception set means exhausted (StopIteration is swallowed).
KrObject *kr_next(KrThread *ts, KrObject *iter);
KrObject *kr_format(KrThread *ts, KrObject *value, KrObject *spec); // format(value, spec); spec may be NULL
bool kr_isinstance_type(KrObject *o, KrType *t);    // exact isinstance for a type (walks MRO)
int kr_isinstance(KrThread *ts, KrObject *o, KrObject *cls); // cls may be a tuple; -1 error
int kr_issubclass(KrThread *ts, KrObject *derived, KrObject *cls);

// ---- type objects (type.c) -----------------------------------------------

extern KrType kr_type_type, kr_object_type;
bool kr_type_is_subtype(KrType *a, KrType *b);            // walks MRO / base chain
KrObject *kr_type_lookup(KrThread *ts, KrType *type, KrObject *name); // borrowed, no exception when missing
// Drops every cached kr_type_lookup result (a class dict changed or a class died).
void kr_type_cache_invalidate(KrThread *ts);
KrObject *kr_type_dict(KrThread *ts, KrType *type);       // borrowed; builds static types' dicts lazily
KrObject *kr_type_mro(KrThread *ts, KrType *type);        // new ref: the MRO tuple
KrObject *kr_type_name(KrThread *ts, KrType *type);       // new ref: __name__
const char *kr_type_name_cstr(KrType *type);              // short name, e.g. "int" / class name
// How CPython's argument errors name a bad value: "None" for None, else its type's short name.
const char *kr_arg_type_name(KrObject *o);
// Readies a static type: inherits slots from its base; `static_index` is its
// row in the VM's per-static-type table. Bases must be readied first.
int kr_type_ready(KrType *type, int static_index);
// Calls the parent's __init_subclass__(**kwargs) for a new class (kwargs may be NULL).
int kr_type_init_subclass(KrThread *ts, KrType *type, KrObject *kwargs);
KrObject *kr_type_new_class(KrThread *ts, KrType *meta, KrObject *name, KrObject *bases, KrObject *dict);
// The most derived of `meta` and the types of `bases` (borrowed), or NULL with
// the "metaclass conflict" TypeError.
KrType *kr_type_calculate_metaclass(KrThread *ts, KrType *meta, KrObject *bases);

#define KR_TYPE_CHECK_FLAG(o, f) ((KR_TYPE(o)->flags & (f)) != 0)

#endif
