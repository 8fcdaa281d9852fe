// SPDX-License-Identifier: MIT
// tuple, list, dict, set/frozenset, range and slice: the container types.
#ifndef KR_CONTAINERS_H
#define KR_CONTAINERS_H

#include "int.h"
#include "object.h"

// True when o can serve as a sequence index (an int or an object with __index__).
#define KR_INDEX_CHECK(o) (kr_int_check(o) || KR_TYPE(o)->nb_index != NULL)

// Py_ReprEnter / Py_ReprLeave: the guard that makes reprs of self-containing
// containers print '[...]'. Needs per-thread state (a list of the objects whose
// repr is running), so the core provides it (vm/state.c). Returns 1 when o's
// repr is already in progress, 0 after entering, -1 with an exception set.
int kr_repr_enter(KrThread *ts, KrObject *o);
void kr_repr_leave(KrThread *ts, KrObject *o);

// ---- tuple
typedef struct KrTuple {
    KrObject base;
    intptr_t size;
    KrObject *items[1];
} KrTuple;
extern KrType kr_tuple_type;
#define kr_tuple_check(o) KR_TYPE_CHECK_FLAG((o), KR_TYPE_TUPLE_SUBCLASS)
#define KR_TUPLE_SIZE(o) (((KrTuple *)(o))->size)
#define KR_TUPLE_ITEMS(o) (((KrTuple *)(o))->items)
#define KR_TUPLE_GET(o, i) (((KrTuple *)(o))->items[i])
// New tuple with n NULL items to fill with KR_TUPLE_SET (steals); n == 0 gives the shared empty tuple.
KrObject *kr_tuple_new(KrThread *ts, intptr_t n);
#define KR_TUPLE_SET(o, i, v) (((KrTuple *)(o))->items[i] = (v))
KrObject *kr_tuple_from_array(KrThread *ts, KrObject *const *items, intptr_t n); // new refs to items
KrObject *kr_tuple_pack(KrThread *ts, intptr_t n, ...);                           // new refs to items
KrObject *kr_tuple_from_iterable(KrThread *ts, KrObject *iterable);
// Creates the per-interpreter empty tuple (ts->vm->empty_tuple); -1 on failure.
int kr_tuple_init(KrThread *ts);
extern KrType kr_tuple_iter_type;

// ---- list
typedef struct KrList {
    KrObject base;
    intptr_t size, allocated;
    KrObject **items;
} KrList;
extern KrType kr_list_type;
#define kr_list_check(o) KR_TYPE_CHECK_FLAG((o), KR_TYPE_LIST_SUBCLASS)
#define KR_LIST_SIZE(o) (((KrList *)(o))->size)
#define KR_LIST_ITEMS(o) (((KrList *)(o))->items)
KrObject *kr_list_new(KrThread *ts, intptr_t n); // n NULL items, set with KR_LIST_ITEMS(o)[i] = v (steals)
KrObject *kr_list_from_array(KrThread *ts, KrObject *const *items, intptr_t n);
int kr_list_append(KrThread *ts, KrObject *list, KrObject *item);   // new ref to item
int kr_list_extend(KrThread *ts, KrObject *list, KrObject *iterable);
KrObject *kr_list_from_iterable(KrThread *ts, KrObject *iterable);
int kr_list_sort(KrThread *ts, KrObject *list, KrObject *key, bool reverse); // stable, as list.sort
int kr_list_reverse(KrThread *ts, KrObject *list);
KrObject *kr_list_as_tuple(KrThread *ts, KrObject *list);
extern KrType kr_list_iter_type, kr_list_reviter_type;

// ---- dict (compact, insertion-ordered)
// The index table and the dense entry array live in one block (see dict.c).
typedef struct KrDictKeys KrDictKeys;
typedef struct KrDict {
    KrObject base;
    intptr_t used;      // number of live items
    // Bumped on every mutation, so an inline cache can remember (dict, version)
    // pairs; it counts per dict, so a cache must compare the dict pointer too.
    uint64_t version;
    KrDictKeys *keys;   // NULL until the first insertion
} KrDict;
extern KrType kr_dict_type;
// types.SimpleNamespace (namespace.c); kr_namespace_new copies `dict`.
extern KrType kr_namespace_type;
// mappingproxy: a read-only view of `mapping` (type.__dict__).
extern KrType kr_mappingproxy_type;
KrObject *kr_mappingproxy_new(KrThread *ts, KrObject *mapping);
KrObject *kr_namespace_new(KrThread *ts, KrObject *dict);
#define kr_dict_check_exact(o) (KR_TYPE(o) == &kr_dict_type)
#define kr_dict_check(o) KR_TYPE_CHECK_FLAG((o), KR_TYPE_DICT_SUBCLASS)
KrObject *kr_dict_new(KrThread *ts);
// Borrowed value or NULL; NULL with an exception set if hashing/comparison failed.
KrObject *kr_dict_get_item(KrThread *ts, KrObject *d, KrObject *key);
KrObject *kr_dict_get_item_str(KrThread *ts, KrObject *d, const char *key);
int kr_dict_set_item(KrThread *ts, KrObject *d, KrObject *key, KrObject *value); // new refs
// The same for an exact str key, trying the entry index *hint first and
// storing the index found there (attribute caches keep one per name).
KrObject *kr_dict_get_str_hinted(KrThread *ts, KrObject *d, KrObject *key, int32_t *hint);
int kr_dict_set_str_hinted(KrThread *ts, KrObject *d, KrObject *key, KrObject *value, int32_t *hint);
int kr_dict_set_item_str(KrThread *ts, KrObject *d, const char *key, KrObject *value);
int kr_dict_del_item(KrThread *ts, KrObject *d, KrObject *key); // KeyError if missing
// What CPython's keys object for this table would take (see sys.getsizeof).
size_t kr_dict_keys_sizeof(KrObject *d);
// Removes the key if present: 1 removed, 0 missing, -1 error.
int kr_dict_pop_item(KrThread *ts, KrObject *d, KrObject *key, KrObject **value_out);
intptr_t kr_dict_size(KrObject *d);
// Iteration: pos starts at 0; returns false at the end. Borrowed key/value.
bool kr_dict_next(KrObject *d, intptr_t *pos, KrObject **key, KrObject **value);
int kr_dict_update(KrThread *ts, KrObject *d, KrObject *other);   // dict.update(other) (mapping or pairs)
// Merges a mapping (a dict, or anything with keys() and __getitem__) into d.
// With error_on_dup (for f(**a, **b)), a key already in d raises KeyError(key)
// and nothing else: the caller knows the function's name and rewrites it to
// "f() got multiple values for keyword argument 'x'". Checking that keys are
// strings is also the caller's job.
int kr_dict_merge_map(KrThread *ts, KrObject *d, KrObject *mapping, bool error_on_dup);
KrObject *kr_dict_copy(KrThread *ts, KrObject *d);
KrObject *kr_dict_keys_list(KrThread *ts, KrObject *d);
void kr_dict_clear(KrThread *ts, KrObject *d);
// Lookups and removal with a hash the caller already has (sets, views).
KrObject *kr_dict_get_item_hash(KrThread *ts, KrObject *d, KrObject *key, KrHash hash); // borrowed
int kr_dict_set_item_hash(KrThread *ts, KrObject *d, KrObject *key, KrHash hash, KrObject *value);
// Like kr_dict_next, also giving the stored hash.
bool kr_dict_next_hash(KrObject *d, intptr_t *pos, KrObject **key, KrObject **value, KrHash *hash);
int kr_dict_contains(KrThread *ts, KrObject *d, KrObject *key); // -1/0/1
// KeyError(key) with the key as its only argument.
void kr_dict_key_error(KrThread *ts, KrObject *key);
KrObject *kr_dict_view_new(KrThread *ts, KrObject *d, KrType *view_type);
// An iterator of one of the six dict iterator types below over d.
KrObject *kr_dict_iter_new(KrThread *ts, KrObject *d, KrType *iter_type);
extern KrType kr_dict_keys_type, kr_dict_values_type, kr_dict_items_type;
extern KrType kr_dict_keyiter_type, kr_dict_valueiter_type, kr_dict_itemiter_type;
extern KrType kr_dict_revkeyiter_type, kr_dict_revvalueiter_type, kr_dict_revitemiter_type;
// types.MappingProxyType (mappingproxy.c): a read-only view of `mapping` (a
// class's __dict__, a dict view's .mapping); TypeError unless it is a mapping.
extern KrType kr_mappingproxy_type;
KrObject *kr_mappingproxy_new(KrThread *ts, KrObject *mapping);

// ---- set / frozenset (open addressing, as CPython's setobject.c)
typedef struct KrSetEntry {
    KrObject *key;  // NULL: never used; a private dummy marker: deleted
    KrHash hash;
} KrSetEntry;
#define KR_SET_MINSIZE 8
typedef struct KrSet {
    KrObject base;
    intptr_t fill;      // active + dummy slots
    intptr_t used;      // active slots
    intptr_t mask;      // table size - 1
    intptr_t finger;    // where set.pop() resumes its search
    KrSetEntry *table;  // smalltable or a heap block
    KrHash hash;        // frozenset's cached hash, -1 until computed
    KrSetEntry smalltable[KR_SET_MINSIZE];
} KrSet;
extern KrType kr_set_type, kr_frozenset_type, kr_set_iter_type;
#define kr_anyset_check(o) (kr_isinstance_type((o), &kr_set_type) || kr_isinstance_type((o), &kr_frozenset_type))
KrObject *kr_set_new(KrThread *ts, KrObject *iterable);        // iterable may be NULL
KrObject *kr_frozenset_new(KrThread *ts, KrObject *iterable);
int kr_set_add(KrThread *ts, KrObject *set, KrObject *key);
int kr_set_contains(KrThread *ts, KrObject *set, KrObject *key);
int kr_set_update(KrThread *ts, KrObject *set, KrObject *iterable);
intptr_t kr_set_size(KrObject *set);
bool kr_set_next(KrObject *set, intptr_t *pos, KrObject **key); // borrowed
int kr_set_discard(KrThread *ts, KrObject *set, KrObject *key);
void kr_set_clear(KrThread *ts, KrObject *set);                 // set.clear()
// Walks the entries stored with `hash` in lookup order and tells whether
// match(key, arg) holds for one; no Python code runs. For sets whose keys
// compare by identity of something the caller can see (the weak references of _abc).
bool kr_set_find_hashed(KrObject *set, KrHash hash, bool (*match)(KrObject *key, void *arg), void *arg);
KrObject *kr_set_iter_new(KrThread *ts, KrObject *set);  // 1 removed, 0 missing, -1 error
// '{1, 2}', 'set()', 'frozenset({1})', 'MySet({1})' (set_iter.c; the repr slot of both).
KrObject *kr_set_repr(KrThread *ts, KrObject *self);
int kr_set_difference_update(KrThread *ts, KrObject *set, KrObject *iterable);
int kr_set_symmetric_difference_update(KrThread *ts, KrObject *set, KrObject *iterable);

// ---- range
extern KrType kr_range_type;
KrObject *kr_range_new(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step);
extern KrType kr_range_iter_type, kr_longrange_iter_type;

// ---- slice
typedef struct KrSlice {
    KrObject base;
    KrObject *start, *stop, *step; // None when omitted
} KrSlice;
extern KrType kr_slice_type;
KrObject *kr_slice_new(KrThread *ts, KrObject *start, KrObject *stop, KrObject *step); // NULL -> None
// Resolves a slice against a sequence length (as PySlice_GetIndicesEx): returns
// the number of items, or -1 with an exception set.
intptr_t kr_slice_indices(KrThread *ts, KrObject *slice, intptr_t length,
                          intptr_t *start, intptr_t *stop, intptr_t *step);
// Arbitrary-precision form: out[0..2] get new references to start, stop, step.
int kr_slice_indices_big(KrThread *ts, KrObject *slice, KrObject *length, KrObject **out);
// o.__index__() as intptr_t (PyNumber_AsSsize_t): when it does not fit, clamps
// if exc is NULL, else raises exc("cannot fit 'int' into an index-sized integer").
// -1 with an exception set on error (check kr_err_occurred when -1 is valid).
intptr_t kr_slice_as_ssize(KrThread *ts, KrObject *o, KrType *exc);
// An argument CPython's argument clinic declares Py_ssize_t (list.pop's index,
// list.insert's, int.to_bytes' length): o.__index__() as intptr_t, or
// OverflowError "Python int too large to convert to C ssize_t".
intptr_t kr_slice_ssize_arg(KrThread *ts, KrObject *o);
// _PyEval_SliceIndex: None leaves *out alone, else clamps o.__index__() into it;
// TypeError "slice indices must be integers or None or have an __index__ method".
int kr_slice_index(KrThread *ts, KrObject *o, intptr_t *out);
// Like kr_slice_index, but None is an error too (list.index / tuple.index bounds).
int kr_slice_index_not_none(KrThread *ts, KrObject *o, intptr_t *out);

// ---- index iterators (seqiter.c) -----------------------------------------------------
// The layout of every iterator that steps an index over a sequence: list, tuple,
// str, bytes and bytearray iterators, the __getitem__ fallback of iter() and
// reversed(). `seq` is dropped (NULL) once exhausted. Such types differ only in
// `iternext` and their methods; they share the functions below.
typedef struct KrSeqIter {
    KrObject base;
    intptr_t index;
    KrObject *seq;
} KrSeqIter;
// A new iterator of `type` (with the KrSeqIter layout) over seq, at index.
KrObject *kr_seqiter_make(KrThread *ts, KrType *type, KrObject *seq, intptr_t index);
void kr_seqiter_dealloc(KrThread *ts, KrObject *self);
void kr_seqiter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg);
int kr_seqiter_clear(KrThread *ts, KrObject *self);
// The `iter` slot of iterators: the iterator itself.
KrObject *kr_iter_self(KrThread *ts, KrObject *self);

// The generic iterator over a __getitem__ sequence (iter(obj) fallback).
KrObject *kr_seqiter_new(KrThread *ts, KrObject *seq);
// An iterator's __reduce__ value: (fn, (seq,), index), fn NULL meaning
// builtins.iter; `seq` NULL (exhausted) gives (iter, (empty,)) with `empty` a
// new empty list, or the empty tuple when `tuple_empty`.
KrObject *kr_seqiter_reduce(KrThread *ts, KrObject *fn, KrObject *seq, intptr_t index, bool tuple_empty);
// An iterator's __setstate__(state): the index `state` gives, clamped to [lo, hi]; -1 on error.
int kr_seqiter_state_index(KrThread *ts, KrObject *state, intptr_t lo, intptr_t hi, intptr_t *out);
extern KrType kr_reversed_type, kr_seqiter_type;

#endif
