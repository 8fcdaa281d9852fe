// SPDX-License-Identifier: MIT
// dict: compact, insertion-ordered hash table (CPython 3.6+ layout), and its iterators.
#include <string.h>

#include "containers.h"
#include "genericalias.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/gc.h"
#include "../vm/vm.h"

// ---- the table ---------------------------------------------------------------
//
// A sparse index table of 1, 2, 4 or 8-byte signed slots (the width grows with
// the table) points into a dense array of entries kept in insertion order.
// Deleting leaves a DUMMY in the index and a hole (NULL key) in the entries;
// resizing compacts both. Probing is CPython's: i = i*5 + perturb + 1.

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DICT_LOG_MINSIZE 3
#define PERTURB_SHIFT 5
// At most 2/3 of the index slots are used, so probes stay short.
#define USABLE_FRACTION(n) (((n) << 1) / 3)

typedef struct DictEntry {
    KrHash hash;
    KrObject *key;
    KrObject *value; // NULL: a deleted entry
} DictEntry;

struct KrDictKeys {
    DictEntry *entries;   // points into this block, after the index table
    intptr_t usable;      // entries that can still be appended
    intptr_t nentries;    // entries used so far, holes included
    uint8_t log2_size;
    uint8_t ix_width;     // bytes per index slot
    _Alignas(8) char indices[];
};

#define DK_SIZE(dk) ((size_t)1 << (dk)->log2_size)

static inline intptr_t dk_get_index(const KrDictKeys *dk, size_t i)
{
    switch (dk->ix_width) {
    case 1: return ((const int8_t *)dk->indices)[i];
    case 2: return ((const int16_t *)dk->indices)[i];
    case 4: return ((const int32_t *)dk->indices)[i];
    default: return (intptr_t)((const int64_t *)dk->indices)[i];
    }
}

static inline void dk_set_index(KrDictKeys *dk, size_t i, intptr_t ix)
{
    switch (dk->ix_width) {
    case 1: ((int8_t *)dk->indices)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)dk->indices)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)dk->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)dk->indices)[i] = ix; break;
    }
}

static KrDictKeys *new_keys(KrThread *ts, uint8_t log2_size)
{
    if (log2_size >= sizeof(size_t) * 8 - 4) {
        kr_err_no_memory(ts);
        return NULL;
    }
    size_t size = (size_t)1 << log2_size;
    size_t width = log2_size < 8 ? 1 : log2_size < 16 ? 2 : log2_size < 32 ? 4 : 8;
    size_t usable = USABLE_FRACTION(size);
    size_t index_bytes = (width * size + 7) & ~(size_t)7;
    if (usable > SIZE_MAX / 2 / sizeof(DictEntry)) {
        kr_err_no_memory(ts);
        return NULL;
    }
    KrDictKeys *dk = kr_mem_alloc(ts, sizeof(KrDictKeys) + index_bytes + usable * sizeof(DictEntry));
    if (dk == NULL) {
        return NULL;
    }
    dk->entries = (DictEntry *)(dk->indices + index_bytes);
    dk->usable = (intptr_t)usable;
    dk->nentries = 0;
    dk->log2_size = log2_size;
    dk->ix_width = (uint8_t)width;
    memset(dk->indices, 0xff, width * size);
    memset(dk->entries, 0, usable * sizeof(DictEntry));
    return dk;
}

static uint8_t log2_keysize(size_t minsize)
{
    uint8_t log2 = DICT_LOG_MINSIZE;
    while (((size_t)1 << log2) < minsize) {
        log2++;
    }
    return log2;
}

// The smallest table that holds n items without resizing.
static uint8_t estimate_log2_keysize(intptr_t n)
{
    return log2_keysize(((size_t)n * 3 + 1) / 2);
}

// The index slot where a new entry with this hash goes (an EMPTY or DUMMY).
static size_t find_empty_slot(const KrDictKeys *dk, KrHash hash)
{
    size_t mask = DK_SIZE(dk) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (dk_get_index(dk, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

// The index slot that points at entry ix.
static size_t lookup_slot_of(const KrDictKeys *dk, KrHash hash, intptr_t ix)
{
    size_t mask = DK_SIZE(dk) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (dk_get_index(dk, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
    return i;
}

static inline KrHash hash_of(KrThread *ts, KrObject *key)
{
    if (kr_str_check_exact(key)) {
        KrHash h = ((KrStr *)key)->hash;
        if (h != -1) {
            return h;
        }
    }
    return kr_hash(ts, key);
}

// The entry index of key, DKIX_EMPTY when missing, DKIX_ERROR on error.
// A comparison may run Python code that changes the dict: the search then
// starts over, as CPython's does.
static intptr_t dict_lookup(KrThread *ts, KrDict *d, KrObject *key, KrHash hash)
{
restart:;
    KrDictKeys *dk = d->keys;
    if (dk == NULL) {
        return DKIX_EMPTY;
    }
    size_t mask = DK_SIZE(dk) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    bool key_is_str = kr_str_check_exact(key);
    for (;;) {
        intptr_t ix = dk_get_index(dk, i);
        if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        if (ix >= 0) {
            DictEntry *e = &dk->entries[ix];
            KrObject *startkey = e->key;
            if (startkey == key) {
                return ix;
            }
            if (e->hash == hash) {
                if (key_is_str && kr_str_check_exact(startkey)) {
                    if (kr_str_equal(startkey, key)) {
                        return ix;
                    }
                } else {
                    KR_INCREF(startkey);
                    int cmp = kr_equal(ts, startkey, key);
                    KR_DECREF(ts, startkey);
                    if (cmp < 0) {
                        return DKIX_ERROR;
                    }
                    if (dk != d->keys || e->key != startkey) {
                        goto restart;
                    }
                    if (cmp > 0) {
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

// Rebuilds the table with 2**log2_size index slots, dropping holes. The
// entries move without reference count changes.
static int dict_resize(KrThread *ts, KrDict *d, uint8_t log2_size)
{
    KrDictKeys *old = d->keys;
    KrDictKeys *dk = new_keys(ts, log2_size);
    if (dk == NULL) {
        return -1;
    }
    if (old != NULL) {
        intptr_t j = 0;
        for (intptr_t i = 0; i < old->nentries; i++) {
            DictEntry *e = &old->entries[i];
            if (e->value != NULL) {
                dk->entries[j] = *e;
                dk_set_index(dk, find_empty_slot(dk, e->hash), j);
                j++;
            }
        }
        dk->nentries = j;
        dk->usable -= j;
        kr_mem_free(ts, old);
    }
    d->keys = dk;
    return 0;
}

// An exact dict is tracked by the collector only once it holds something
// that could be part of a cycle (CPython's MAINTAIN_TRACKING).
static inline void maintain_tracking(KrThread *ts, KrDict *d, KrObject *key, KrObject *value)
{
    if (!kr_gc_is_tracked((KrObject *)d) && (kr_gc_may_be_tracked(key) || kr_gc_may_be_tracked(value))) {
        kr_gc_track(ts, (KrObject *)d);
    }
}

// Appends a key known to be absent (steals key and value).
static int insert_new(KrThread *ts, KrDict *d, KrObject *key, KrHash hash, KrObject *value)
{
    if (d->keys == NULL || d->keys->usable <= 0) {
        // CPython's GROWTH_RATE: used * 3.
        uint8_t log2 = d->keys == NULL ? DICT_LOG_MINSIZE : log2_keysize((size_t)d->used * 3);
        if (dict_resize(ts, d, log2) < 0) {
            KR_DECREF(ts, key);
            KR_DECREF(ts, value);
            return -1;
        }
    }
    maintain_tracking(ts, d, key, value);
    KrDictKeys *dk = d->keys;
    intptr_t ix = dk->nentries;
    dk_set_index(dk, find_empty_slot(dk, hash), ix);
    DictEntry *e = &dk->entries[ix];
    e->hash = hash;
    e->key = key;
    e->value = value;
    dk->nentries++;
    dk->usable--;
    d->used++;
    d->version++;
    return 0;
}

// d[key] = value with a known hash (steals key and value).
static int insert(KrThread *ts, KrDict *d, KrObject *key, KrHash hash, KrObject *value)
{
    intptr_t ix = dict_lookup(ts, d, key, hash);
    if (ix == DKIX_ERROR) {
        KR_DECREF(ts, key);
        KR_DECREF(ts, value);
        return -1;
    }
    if (ix >= 0) {
        maintain_tracking(ts, d, key, value);
        DictEntry *e = &d->keys->entries[ix];
        KrObject *old = e->value;
        e->value = value;
        d->version++;
        KR_DECREF(ts, old);
        KR_DECREF(ts, key);
        return 0;
    }
    return insert_new(ts, d, key, hash, value);
}

// Removes entry ix (found for this hash); releases key and value last.
static void delete_entry(KrThread *ts, KrDict *d, intptr_t ix, KrHash hash, KrObject **value_out)
{
    KrDictKeys *dk = d->keys;
    dk_set_index(dk, lookup_slot_of(dk, hash, ix), DKIX_DUMMY);
    DictEntry *e = &dk->entries[ix];
    KrObject *key = e->key, *value = e->value;
    e->key = NULL;
    e->value = NULL;
    d->used--;
    d->version++;
    KR_DECREF(ts, key);
    if (value_out != NULL) {
        *value_out = value;
    } else {
        KR_DECREF(ts, value);
    }
}

// ---- the C API ---------------------------------------------------------------

void kr_dict_key_error(KrThread *ts, KrObject *key)
{
    KrObject *args = kr_tuple_pack(ts, 1, key);
    if (args == NULL) {
        return;
    }
    KrObject *exc = kr_exc_new(ts, &kr_exc_KeyError, args);
    if (exc != NULL) {
        kr_err_set_object(ts, exc);
    }
}

// The bytes CPython 3.11's keys object of the same table takes (64-bit):
// a 32-byte header, the index table, and room for 2/3 of the slots as
// entries of 16 bytes (all keys str) or 24. 0 when the dict has no table.
size_t kr_dict_keys_sizeof(KrObject *d)
{
    const KrDictKeys *dk = ((KrDict *)d)->keys;
    if (!dk) {
        return 0;
    }
    bool str_keys = true;
    for (intptr_t i = 0; i < dk->nentries && str_keys; i++) {
        const KrObject *k = dk->entries[i].key;
        str_keys = !k || KR_TYPE(k) == &kr_str_type;
    }
    size_t size = DK_SIZE(dk);
    return 32 + size * dk->ix_width + (size_t)USABLE_FRACTION(size) * (str_keys ? 16 : 24);
}

KrObject *kr_dict_new(KrThread *ts)
{
    KrObject *d = kr_object_alloc(ts, &kr_dict_type, sizeof(KrDict));
    if (d != NULL) {
        kr_gc_untrack(ts, d);
    }
    return d;
}

intptr_t kr_dict_size(KrObject *d)
{
    return ((KrDict *)d)->used;
}

KrObject *kr_dict_get_item_hash(KrThread *ts, KrObject *d, KrObject *key, KrHash hash)
{
    KrDict *dict = (KrDict *)d;
    intptr_t ix = dict_lookup(ts, dict, key, hash);
    return ix >= 0 ? dict->keys->entries[ix].value : NULL;
}

// The probe for an exact str key with its hash cached, which never runs
// Python code: the entry index, DKIX_EMPTY when missing, or DKIX_ERROR when
// a colliding key is not an exact str (the general path must compare it).
static inline intptr_t str_probe(const KrDictKeys *dk, KrObject *key)
{
    KrHash hash = ((KrStr *)key)->hash;
    size_t mask = DK_SIZE(dk) - 1;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        intptr_t ix = dk_get_index(dk, i);
        if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        if (ix >= 0) {
            const DictEntry *e = &dk->entries[ix];
            if (e->key == key) {
                return ix;
            }
            if (e->hash == hash) {
                if (!kr_str_check_exact(e->key)) {
                    return DKIX_ERROR;
                }
                if (kr_str_equal(e->key, key)) {
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + (size_t)perturb + 1) & mask;
    }
}

// The hot path of global and attribute lookups.
KrObject *kr_dict_get_item(KrThread *ts, KrObject *d, KrObject *key)
{
    KrDict *dict = (KrDict *)d;
    KrDictKeys *dk = dict->keys;
    if (dk == NULL) {
        // Still hashed, as CPython does: an unhashable key is an error even here.
        if (!kr_str_check_exact(key)) {
            (void)hash_of(ts, key);
        }
        return NULL;
    }
    if (kr_str_check_exact(key) && ((KrStr *)key)->hash != -1) {
        intptr_t ix = str_probe(dk, key);
        if (ix >= 0) {
            return dk->entries[ix].value;
        }
        if (ix == DKIX_EMPTY) {
            return NULL;
        }
    }
    KrHash hash = kr_hash(ts, key);
    if (hash == -1) {
        return NULL;
    }
    return kr_dict_get_item_hash(ts, d, key, hash);
}

// The entry of `key` in d when *hint names it, else a full lookup that
// updates *hint. Instances of one class fill their dicts in the same order,
// so the entry index seen last is usually right; a stale hint costs one compare.
static inline intptr_t hinted_index(KrDict *d, KrObject *key, int32_t *hint)
{
    KrDictKeys *dk = d->keys;
    if (dk == NULL) {
        return DKIX_EMPTY;
    }
    intptr_t h = *hint;
    if (h < dk->nentries && dk->entries[h].key == key) {
        return h;
    }
    if (!kr_str_check_exact(key) || ((KrStr *)key)->hash == -1) {
        return DKIX_ERROR;
    }
    intptr_t ix = str_probe(dk, key);
    if (ix >= 0 && ix <= INT32_MAX) {
        *hint = (int32_t)ix;
    }
    return ix;
}

KrObject *kr_dict_get_str_hinted(KrThread *ts, KrObject *d, KrObject *key, int32_t *hint)
{
    intptr_t ix = hinted_index((KrDict *)d, key, hint);
    if (ix >= 0) {
        return ((KrDict *)d)->keys->entries[ix].value;
    }
    return ix == DKIX_EMPTY ? NULL : kr_dict_get_item(ts, d, key);
}

int kr_dict_set_str_hinted(KrThread *ts, KrObject *d, KrObject *key, KrObject *value, int32_t *hint)
{
    KrDict *dict = (KrDict *)d;
    intptr_t ix = hinted_index(dict, key, hint);
    if (ix < 0) {
        return kr_dict_set_item(ts, d, key, value);
    }
    maintain_tracking(ts, dict, key, value);
    DictEntry *e = &dict->keys->entries[ix];
    KrObject *old = e->value;
    e->value = KR_INCREF(value);
    dict->version++;
    KR_DECREF(ts, old);
    return 0;
}

KrObject *kr_dict_get_item_str(KrThread *ts, KrObject *d, const char *key)
{
    KrObject *k = kr_str_from_cstr(ts, key);
    if (k == NULL) {
        return NULL;
    }
    KrObject *v = kr_dict_get_item(ts, d, k);
    KR_DECREF(ts, k);
    return v;
}

int kr_dict_set_item_hash(KrThread *ts, KrObject *d, KrObject *key, KrHash hash, KrObject *value)
{
    return insert(ts, (KrDict *)d, KR_INCREF(key), hash, KR_INCREF(value));
}

int kr_dict_set_item(KrThread *ts, KrObject *d, KrObject *key, KrObject *value)
{
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return -1;
    }
    return insert(ts, (KrDict *)d, KR_INCREF(key), hash, KR_INCREF(value));
}

int kr_dict_set_item_str(KrThread *ts, KrObject *d, const char *key, KrObject *value)
{
    KrObject *k = kr_str_intern_cstr(ts, key);
    if (k == NULL) {
        return -1;
    }
    int rc = kr_dict_set_item(ts, d, k, value);
    KR_DECREF(ts, k);
    return rc;
}

int kr_dict_pop_item(KrThread *ts, KrObject *d, KrObject *key, KrObject **value_out)
{
    KrDict *dict = (KrDict *)d;
    if (dict->used == 0) {
        return 0;
    }
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return -1;
    }
    intptr_t ix = dict_lookup(ts, dict, key, hash);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix < 0) {
        return 0;
    }
    delete_entry(ts, dict, ix, hash, value_out);
    return 1;
}

int kr_dict_del_item(KrThread *ts, KrObject *d, KrObject *key)
{
    int rc = kr_dict_pop_item(ts, d, key, NULL);
    if (rc == 0) {
        kr_dict_key_error(ts, key);
        return -1;
    }
    return rc < 0 ? -1 : 0;
}

int kr_dict_contains(KrThread *ts, KrObject *d, KrObject *key)
{
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return -1;
    }
    intptr_t ix = dict_lookup(ts, (KrDict *)d, key, hash);
    return ix == DKIX_ERROR ? -1 : ix >= 0;
}

bool kr_dict_next_hash(KrObject *d, intptr_t *pos, KrObject **key, KrObject **value, KrHash *hash)
{
    KrDictKeys *dk = ((KrDict *)d)->keys;
    if (dk == NULL) {
        return false;
    }
    intptr_t i = *pos;
    while (i < dk->nentries && dk->entries[i].value == NULL) {
        i++;
    }
    if (i >= dk->nentries) {
        return false;
    }
    *pos = i + 1;
    if (key != NULL) {
        *key = dk->entries[i].key;
    }
    if (value != NULL) {
        *value = dk->entries[i].value;
    }
    if (hash != NULL) {
        *hash = dk->entries[i].hash;
    }
    return true;
}

bool kr_dict_next(KrObject *d, intptr_t *pos, KrObject **key, KrObject **value)
{
    return kr_dict_next_hash(d, pos, key, value, NULL);
}

void kr_dict_clear(KrThread *ts, KrObject *d)
{
    KrDict *dict = (KrDict *)d;
    KrDictKeys *dk = dict->keys;
    dict->keys = NULL;
    dict->used = 0;
    dict->version++;
    if (dk == NULL) {
        return;
    }
    for (intptr_t i = 0; i < dk->nentries; i++) {
        KR_XDECREF(ts, dk->entries[i].key);
        KR_XDECREF(ts, dk->entries[i].value);
    }
    kr_mem_free(ts, dk);
}

KrObject *kr_dict_copy(KrThread *ts, KrObject *d)
{
    KrDict *src = (KrDict *)d;
    KrDict *res = (KrDict *)kr_dict_new(ts);
    if (res == NULL || src->used == 0) {
        return (KrObject *)res;
    }
    res->keys = new_keys(ts, estimate_log2_keysize(src->used));
    if (res->keys == NULL) {
        KR_DECREF(ts, res);
        return NULL;
    }
    KrDictKeys *sk = src->keys, *dk = res->keys;
    for (intptr_t i = 0; i < sk->nentries; i++) {
        DictEntry *e = &sk->entries[i];
        if (e->value != NULL) {
            intptr_t ix = dk->nentries++;
            dk->entries[ix].hash = e->hash;
            dk->entries[ix].key = KR_INCREF(e->key);
            dk->entries[ix].value = KR_INCREF(e->value);
            dk_set_index(dk, find_empty_slot(dk, e->hash), ix);
        }
    }
    dk->usable -= dk->nentries;
    res->used = dk->nentries;
    if (kr_gc_is_tracked(d)) {
        kr_gc_track(ts, (KrObject *)res);
    }
    return (KrObject *)res;
}

KrObject *kr_dict_keys_list(KrThread *ts, KrObject *d)
{
    KrDict *dict = (KrDict *)d;
    KrObject *list = kr_list_new(ts, dict->used);
    if (list == NULL) {
        return NULL;
    }
    intptr_t pos = 0, j = 0;
    KrObject *key;
    while (kr_dict_next(d, &pos, &key, NULL)) {
        KR_LIST_ITEMS(list)[j++] = KR_INCREF(key);
    }
    return list;
}

// Merges b into a. override: 1 replaces existing keys, 0 keeps them, 2 raises
// KeyError(key) on a duplicate (for f(**x, **y); the caller rewrites it).
static int dict_merge(KrThread *ts, KrObject *a, KrObject *b, int override)
{
    KrDict *d = (KrDict *)a;
    if (kr_dict_check(b) && KR_TYPE(b)->iter == kr_dict_type.iter) {
        KrDict *other = (KrDict *)b;
        if (a == b || other->used == 0) {
            return 0;
        }
        if (d->keys == NULL || USABLE_FRACTION((intptr_t)DK_SIZE(d->keys)) < other->used) {
            if (dict_resize(ts, d, estimate_log2_keysize(d->used + other->used)) < 0) {
                return -1;
            }
        }
        KrDictKeys *ok = other->keys;
        intptr_t n = ok->nentries;
        for (intptr_t i = 0; i < n; i++) {
            DictEntry *e = &other->keys->entries[i];
            if (e->value == NULL) {
                continue;
            }
            KrObject *key = KR_INCREF(e->key), *value = KR_INCREF(e->value);
            KrHash hash = e->hash;
            int rc;
            if (override == 1) {
                rc = insert(ts, d, key, hash, value);
            } else {
                intptr_t ix = dict_lookup(ts, d, key, hash);
                if (ix == DKIX_EMPTY) {
                    rc = insert_new(ts, d, key, hash, value);
                } else {
                    if (ix >= 0 && override == 2) {
                        kr_dict_key_error(ts, key);
                    }
                    rc = (ix >= 0 && override != 2) ? 0 : -1;
                    KR_DECREF(ts, key);
                    KR_DECREF(ts, value);
                }
            }
            if (rc < 0) {
                return -1;
            }
            if (other->keys != ok || other->keys->nentries != n) {
                kr_err_set_str(ts, &kr_exc_RuntimeError, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    // A generic mapping: keys(), then b[key] for each.
    KrObject *keys = kr_call_method(ts, b, KR_ID(ts, keys), NULL, 0);
    if (keys == NULL) {
        return -1;
    }
    KrObject *it = kr_iter(ts, keys);
    if (it == NULL && kr_err_matches(ts, &kr_exc_TypeError)) {
        kr_err_clear(ts);
        kr_err_format(ts, &kr_exc_TypeError, "%s.keys() returned a non-iterable (type %s)",
                      kr_type_name_cstr(KR_TYPE(b)), kr_type_name_cstr(KR_TYPE(keys)));
    }
    KR_DECREF(ts, keys);
    if (it == NULL) {
        return -1;
    }
    int rc = 0;
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (key == NULL) {
            rc = kr_err_occurred(ts) ? -1 : 0;
            break;
        }
        if (override != 1) {
            int has = kr_dict_contains(ts, a, key);
            if (has != 0) {
                if (has > 0 && override == 2) {
                    kr_dict_key_error(ts, key);
                    has = -1;
                }
                KR_DECREF(ts, key);
                if (has < 0) {
                    rc = -1;
                    break;
                }
                continue;
            }
        }
        KrObject *value = kr_getitem(ts, b, key);
        if (value == NULL) {
            KR_DECREF(ts, key);
            rc = -1;
            break;
        }
        rc = kr_dict_set_item(ts, a, key, value);
        KR_DECREF(ts, key);
        KR_DECREF(ts, value);
        if (rc < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    return rc;
}

int kr_dict_merge_map(KrThread *ts, KrObject *d, KrObject *mapping, bool error_on_dup)
{
    return dict_merge(ts, d, mapping, error_on_dup ? 2 : 1);
}

// dict.update from an iterable of key/value pairs (PyDict_MergeFromSeq2).
static int merge_from_seq2(KrThread *ts, KrObject *d, KrObject *seq)
{
    KrObject *it = kr_iter(ts, seq);
    if (it == NULL) {
        return -1;
    }
    int rc = 0;
    for (intptr_t i = 0;; i++) {
        KrObject *item = kr_next(ts, it);
        if (item == NULL) {
            rc = kr_err_occurred(ts) ? -1 : 0;
            break;
        }
        KrObject *fast;
        if (kr_list_check(item) || kr_tuple_check(item)) {
            fast = KR_INCREF(item);
        } else {
            fast = kr_list_from_iterable(ts, item);
            if (fast == NULL && kr_err_matches(ts, &kr_exc_TypeError)) {
                kr_err_clear(ts);
                kr_err_format(ts, &kr_exc_TypeError,
                              "cannot convert dictionary update sequence element #%zd to a sequence", i);
            }
        }
        KR_DECREF(ts, item);
        if (fast == NULL) {
            rc = -1;
            break;
        }
        intptr_t n = kr_list_check(fast) ? KR_LIST_SIZE(fast) : KR_TUPLE_SIZE(fast);
        if (n != 2) {
            kr_err_format(ts, &kr_exc_ValueError,
                          "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
            KR_DECREF(ts, fast);
            rc = -1;
            break;
        }
        KrObject **pair = kr_list_check(fast) ? KR_LIST_ITEMS(fast) : KR_TUPLE_ITEMS(fast);
        KrObject *key = KR_INCREF(pair[0]), *value = KR_INCREF(pair[1]);
        KR_DECREF(ts, fast);
        rc = kr_dict_set_item(ts, d, key, value);
        KR_DECREF(ts, key);
        KR_DECREF(ts, value);
        if (rc < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    return rc;
}

// dict(arg) / d.update(arg): a dict, a mapping with keys(), or pairs.
int kr_dict_update(KrThread *ts, KrObject *d, KrObject *other)
{
    if (kr_dict_check_exact(other)) {
        return dict_merge(ts, d, other, 1);
    }
    KrObject *keys = kr_getattr_opt(ts, other, KR_ID(ts, keys));
    if (keys != NULL) {
        KR_DECREF(ts, keys);
        return dict_merge(ts, d, other, 1);
    }
    if (kr_err_occurred(ts)) {
        return -1;
    }
    return merge_from_seq2(ts, d, other);
}

// The keyword arguments of dict(...) / d.update(...).
static int update_from_kwargs(KrThread *ts, KrObject *d, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kwnames == NULL) {
        return 0;
    }
    for (intptr_t i = 0; i < KR_TUPLE_SIZE(kwnames); i++) {
        if (kr_dict_set_item(ts, d, KR_TUPLE_GET(kwnames, i), args[nargs + (size_t)i]) < 0) {
            return -1;
        }
    }
    return 0;
}

// ---- slots ---------------------------------------------------------------------

static void dict_dealloc(KrThread *ts, KrObject *self)
{
    kr_dict_clear(ts, self);
    kr_object_free(ts, self);
}

static void dict_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrDictKeys *dk = ((KrDict *)self)->keys;
    if (dk == NULL) {
        return;
    }
    // Exact str keys can never be part of a cycle; CPython's string-keyed
    // tables skip them, which gc.get_referents shows.
    bool str_keys = true;
    for (intptr_t i = 0; i < dk->nentries && str_keys; i++) {
        if (dk->entries[i].value != NULL && !kr_str_check_exact(dk->entries[i].key)) {
            str_keys = false;
        }
    }
    for (intptr_t i = 0; i < dk->nentries; i++) {
        if (dk->entries[i].value != NULL) {
            visit(ts, dk->entries[i].value, arg);
            if (!str_keys) {
                visit(ts, dk->entries[i].key, arg);
            }
        }
    }
}

static int dict_clear_slot(KrThread *ts, KrObject *self)
{
    kr_dict_clear(ts, self);
    return 0;
}

static KrObject *dict_repr(KrThread *ts, KrObject *self)
{
    KrDict *d = (KrDict *)self;
    if (d->used == 0) {
        return kr_str_from_cstr(ts, "{}");
    }
    int running = kr_repr_enter(ts, self);
    if (running != 0) {
        return running > 0 ? kr_str_from_cstr(ts, "{...}") : NULL;
    }
    KrStrBuilder sb;
    kr_sb_init(&sb);
    kr_sb_add_char(ts, &sb, '{');
    intptr_t pos = 0;
    KrObject *key, *value;
    bool first = true;
    // Reprs may change the dict; kr_dict_next re-reads the table each step.
    while (kr_dict_next(self, &pos, &key, &value)) {
        if (!first) {
            kr_sb_add_cstr(ts, &sb, ", ");
        }
        first = false;
        KR_INCREF(key);
        KR_INCREF(value);
        KrObject *r = kr_repr(ts, key);
        if (r != NULL) {
            kr_sb_add_str(ts, &sb, r);
            KR_DECREF(ts, r);
            kr_sb_add_cstr(ts, &sb, ": ");
            r = kr_repr(ts, value);
            if (r != NULL) {
                kr_sb_add_str(ts, &sb, r);
                KR_DECREF(ts, r);
            }
        }
        KR_DECREF(ts, key);
        KR_DECREF(ts, value);
        if (r == NULL) {
            kr_sb_discard(ts, &sb);
            kr_repr_leave(ts, self);
            return NULL;
        }
    }
    kr_sb_add_char(ts, &sb, '}');
    kr_repr_leave(ts, self);
    return kr_sb_finish(ts, &sb);
}

// 1 if a and b hold equal items, 0 if not, -1 on error.
static int dict_equal(KrThread *ts, KrDict *a, KrDict *b)
{
    if (a->used != b->used) {
        return 0;
    }
    for (intptr_t i = 0; a->keys != NULL && i < a->keys->nentries; i++) {
        DictEntry *e = &a->keys->entries[i];
        if (e->value == NULL) {
            continue;
        }
        KrObject *key = KR_INCREF(e->key), *aval = KR_INCREF(e->value);
        KrHash hash = e->hash;
        intptr_t ix = dict_lookup(ts, b, key, hash);
        KR_DECREF(ts, key);
        if (ix < 0) {
            KR_DECREF(ts, aval);
            return ix == DKIX_ERROR ? -1 : 0;
        }
        KrObject *bval = KR_INCREF(b->keys->entries[ix].value);
        int cmp = kr_equal(ts, aval, bval);
        KR_DECREF(ts, aval);
        KR_DECREF(ts, bval);
        if (cmp <= 0) {
            return cmp;
        }
    }
    return 1;
}

static KrObject *dict_richcompare(KrThread *ts, KrObject *a, KrObject *b, int op)
{
    if (!kr_dict_check(a) || !kr_dict_check(b) || (op != KR_EQ && op != KR_NE)) {
        return KR_NOTIMPL;
    }
    int eq = dict_equal(ts, (KrDict *)a, (KrDict *)b);
    if (eq < 0) {
        return NULL;
    }
    return kr_bool_from((eq != 0) == (op == KR_EQ));
}

static intptr_t dict_len(KrThread *ts, KrObject *self)
{
    (void)ts;
    return ((KrDict *)self)->used;
}

// d[key]; a subclass's __missing__ handles absent keys.
static KrObject *dict_getitem(KrThread *ts, KrObject *self, KrObject *key)
{
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return NULL;
    }
    KrDict *d = (KrDict *)self;
    intptr_t ix = dict_lookup(ts, d, key, hash);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix >= 0) {
        return KR_INCREF(d->keys->entries[ix].value);
    }
    if (!kr_dict_check_exact(self) && kr_type_lookup(ts, KR_TYPE(self), KR_ID(ts, __missing__)) != NULL) {
        return kr_call_method(ts, self, KR_ID(ts, __missing__), &key, 1);
    }
    kr_dict_key_error(ts, key);
    return NULL;
}

static int dict_setitem(KrThread *ts, KrObject *self, KrObject *key, KrObject *value)
{
    if (value == NULL) {
        return kr_dict_del_item(ts, self, key);
    }
    return kr_dict_set_item(ts, self, key, value);
}

static int dict_contains_slot(KrThread *ts, KrObject *self, KrObject *key)
{
    return kr_dict_contains(ts, self, key);
}

static KrObject *dict_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    KrObject *d = kr_object_alloc(ts, type, type->basicsize);
    if (d != NULL && type == &kr_dict_type) {
        kr_gc_untrack(ts, d);
    }
    return d;
}

static int dict_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "dict expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    if (nargs == 1 && kr_dict_update(ts, self, args[0]) < 0) {
        return -1;
    }
    return update_from_kwargs(ts, self, args, nargs, kwnames);
}

static KrObject *dict_iter(KrThread *ts, KrObject *self);

// d | other: a new dict; both operands must be dicts.
static KrObject *dict_or(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_dict_check(a) || !kr_dict_check(b)) {
        return KR_NOTIMPL;
    }
    KrObject *res = kr_dict_copy(ts, a);
    if (res == NULL) {
        return NULL;
    }
    if (kr_dict_update(ts, res, b) < 0) {
        KR_DECREF(ts, res);
        return NULL;
    }
    return res;
}

static KrObject *dict_inplace_or(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_dict_check(a)) {
        return KR_NOTIMPL;
    }
    if (kr_dict_update(ts, a, b) < 0) {
        return NULL;
    }
    return KR_INCREF(a);
}

// ---- methods -------------------------------------------------------------------

static KrObject *dict_keys(KrThread *ts, KrObject *self)
{
    return kr_dict_view_new(ts, self, &kr_dict_keys_type);
}

static KrObject *dict_values(KrThread *ts, KrObject *self)
{
    return kr_dict_view_new(ts, self, &kr_dict_values_type);
}

static KrObject *dict_items(KrThread *ts, KrObject *self)
{
    return kr_dict_view_new(ts, self, &kr_dict_items_type);
}

static KrObject *dict_get(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "get", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *v = kr_dict_get_item(ts, self, args[0]);
    if (v == NULL) {
        if (kr_err_occurred(ts)) {
            return NULL;
        }
        v = nargs > 1 ? args[1] : KR_NONE;
    }
    return KR_INCREF(v);
}

static KrObject *dict_setdefault(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames)
{
    if (kr_check_positional(ts, "setdefault", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *key = args[0];
    KrObject *dflt = nargs > 1 ? args[1] : KR_NONE;
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return NULL;
    }
    KrDict *d = (KrDict *)self;
    intptr_t ix = dict_lookup(ts, d, key, hash);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix >= 0) {
        return KR_INCREF(d->keys->entries[ix].value);
    }
    if (insert_new(ts, d, KR_INCREF(key), hash, KR_INCREF(dflt)) < 0) {
        return NULL;
    }
    return KR_INCREF(dflt);
}

static KrObject *dict_pop(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "pop", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *value = NULL;
    int rc = kr_dict_pop_item(ts, self, args[0], &value);
    if (rc < 0) {
        return NULL;
    }
    if (rc > 0) {
        return value;
    }
    if (nargs > 1) {
        return KR_INCREF(args[1]);
    }
    kr_dict_key_error(ts, args[0]);
    return NULL;
}

// Removes and returns the last item (LIFO order).
static KrObject *dict_popitem(KrThread *ts, KrObject *self)
{
    KrDict *d = (KrDict *)self;
    if (d->used == 0) {
        kr_err_set_str(ts, &kr_exc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    KrObject *res = kr_tuple_new(ts, 2);
    if (res == NULL) {
        return NULL;
    }
    KrDictKeys *dk = d->keys;
    intptr_t i = dk->nentries - 1;
    while (dk->entries[i].value == NULL) {
        i--;
    }
    DictEntry *e = &dk->entries[i];
    dk_set_index(dk, lookup_slot_of(dk, e->hash, i), DKIX_DUMMY);
    KR_TUPLE_SET(res, 0, e->key);
    KR_TUPLE_SET(res, 1, e->value);
    e->key = NULL;
    e->value = NULL;
    // The entries after i are free again, but `usable` stays: the index
    // table now holds a DUMMY, and counting it keeps an EMPTY slot for probes.
    dk->nentries = i;
    d->used--;
    d->version++;
    return res;
}

static KrObject *dict_update_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames)
{
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "update expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (nargs == 1 && kr_dict_update(ts, self, args[0]) < 0) {
        return NULL;
    }
    if (update_from_kwargs(ts, self, args, nargs, kwnames) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *dict_clear_method(KrThread *ts, KrObject *self)
{
    kr_dict_clear(ts, self);
    KR_RETURN_NONE;
}

static KrObject *dict_copy_method(KrThread *ts, KrObject *self)
{
    return kr_dict_copy(ts, self);
}

// dict.fromkeys(iterable, value=None), a classmethod: self is the class.
static KrObject *dict_fromkeys(KrThread *ts, KrObject *cls, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    if (kr_check_positional(ts, "fromkeys", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    KrObject *value = nargs > 1 ? args[1] : KR_NONE;
    KrObject *d = kr_call0(ts, cls);
    if (d == NULL) {
        return NULL;
    }
    KrObject *it = kr_iter(ts, args[0]);
    if (it == NULL) {
        KR_DECREF(ts, d);
        return NULL;
    }
    bool exact = kr_dict_check_exact(d);
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (key == NULL) {
            break;
        }
        int rc = exact ? kr_dict_set_item(ts, d, key, value) : kr_setitem(ts, d, key, value);
        KR_DECREF(ts, key);
        if (rc < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    if (kr_err_occurred(ts)) {
        KR_DECREF(ts, d);
        return NULL;
    }
    return d;
}

static KrObject *dict_reversed(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, self, &kr_dict_revkeyiter_type);
}

static const KrMethodDef dict_methods[] = {
    KR_CLASS_GETITEM_METHOD,
    {"keys", (void *)dict_keys, KR_METH_NOARGS, false, false,
     "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", (void *)dict_values, KR_METH_NOARGS, false, false,
     "D.values() -> an object providing a view on D's values"},
    {"items", (void *)dict_items, KR_METH_NOARGS, false, false,
     "D.items() -> a set-like object providing a view on D's items"},
    {"get", (void *)dict_get, KR_METH_VARARGS, false, false,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", (void *)dict_setdefault, KR_METH_VARARGS, false, false,
     "Insert key with a value of default if key is not in the dictionary."},
    {"pop", (void *)dict_pop, KR_METH_VARARGS, false, false,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", (void *)dict_popitem, KR_METH_NOARGS, false, false,
     "Remove and return a (key, value) pair as a 2-tuple."},
    {"update", (void *)dict_update_method, KR_METH_VARARGS, false, false,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"clear", (void *)dict_clear_method, KR_METH_NOARGS, false, false, "D.clear() -> None.  Remove all items from D."},
    {"copy", (void *)dict_copy_method, KR_METH_NOARGS, false, false, "D.copy() -> a shallow copy of D"},
    {"fromkeys", (void *)dict_fromkeys, KR_METH_VARARGS, false, true,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"__reversed__", (void *)dict_reversed, KR_METH_NOARGS, false, false,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_dict_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "dict",
    .basicsize = sizeof(KrDict),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_DICT_SUBCLASS | KR_TYPE_MAPPING | KR_TYPE_MATCH_SELF,
    .base_type = &kr_object_type,
    .doc = "dict() -> new empty dictionary\n"
           "dict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\n"
           "dict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n"
           "        d[k] = v\n"
           "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
           "    in the keyword argument list.  For example:  dict(one=1, two=2)",
    .dealloc = dict_dealloc,
    .traverse = dict_traverse,
    .clear = dict_clear_slot,
    .repr = dict_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = dict_richcompare,
    .iter = dict_iter,
    .new_ = dict_new,
    .init = dict_init,
    .nb = {[KR_BINOP_OR] = dict_or},
    .nb_inplace = {[KR_BINOP_OR] = dict_inplace_or},
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains_slot,
    .methods = dict_methods,
};

// ---- iterators -------------------------------------------------------------------

// One struct for all six iterator types; the type says what is produced and
// in which direction. `used` is the dict's size when iteration started.
typedef struct KrDictIter {
    KrObject base;
    KrObject *dict;   // NULL once exhausted
    intptr_t used;
    intptr_t pos;     // next entry index (reverse: counts down)
    intptr_t len;     // items left to produce
} KrDictIter;

static bool is_reverse_iter(KrType *t)
{
    return t == &kr_dict_revkeyiter_type || t == &kr_dict_revvalueiter_type || t == &kr_dict_revitemiter_type;
}

KrObject *kr_dict_iter_new(KrThread *ts, KrObject *d, KrType *iter_type)
{
    KrDictIter *it = (KrDictIter *)kr_object_alloc(ts, iter_type, sizeof(KrDictIter));
    if (it == NULL) {
        return NULL;
    }
    KrDict *dict = (KrDict *)d;
    it->dict = KR_INCREF(d);
    it->used = dict->used;
    it->len = dict->used;
    it->pos = 0;
    if (is_reverse_iter(iter_type)) {
        it->pos = dict->keys != NULL ? dict->keys->nentries - 1 : -1;
    }
    return (KrObject *)it;
}

static KrObject *dict_iter(KrThread *ts, KrObject *self)
{
    return kr_dict_iter_new(ts, self, &kr_dict_keyiter_type);
}

static void dictiter_dealloc(KrThread *ts, KrObject *self)
{
    KR_XDECREF(ts, ((KrDictIter *)self)->dict);
    kr_object_free(ts, self);
}

static void dictiter_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    KrDictIter *it = (KrDictIter *)self;
    if (it->dict != NULL) {
        visit(ts, it->dict, arg);
    }
}

static int dictiter_clear(KrThread *ts, KrObject *self)
{
    KR_CLEAR(ts, ((KrDictIter *)self)->dict);
    return 0;
}

// The next live entry, or NULL (with an exception when the dict changed).
static DictEntry *dictiter_advance(KrThread *ts, KrDictIter *it, bool reverse)
{
    KrDict *d = (KrDict *)it->dict;
    if (d == NULL) {
        return NULL;
    }
    if (it->used != d->used) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "dictionary changed size during iteration");
        it->used = -1; // stays broken, as in CPython
        return NULL;
    }
    KrDictKeys *dk = d->keys;
    intptr_t i = it->pos;
    DictEntry *e = NULL;
    if (dk != NULL) {
        if (reverse) {
            if (i >= dk->nentries) {
                i = dk->nentries - 1;
            }
            while (i >= 0 && dk->entries[i].value == NULL) {
                i--;
            }
            if (i >= 0) {
                e = &dk->entries[i];
                it->pos = i - 1;
            }
        } else {
            while (i < dk->nentries && dk->entries[i].value == NULL) {
                i++;
            }
            if (i < dk->nentries) {
                e = &dk->entries[i];
                it->pos = i + 1;
            }
        }
    }
    if (e != NULL && it->len == 0) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "dictionary keys changed during iteration");
        e = NULL;
    }
    if (e == NULL) {
        KR_CLEAR(ts, it->dict);
        return NULL;
    }
    it->len--;
    return e;
}

static KrObject *dictiter_next_key(KrThread *ts, KrObject *self)
{
    DictEntry *e = dictiter_advance(ts, (KrDictIter *)self, is_reverse_iter(KR_TYPE(self)));
    return e != NULL ? KR_INCREF(e->key) : NULL;
}

static KrObject *dictiter_next_value(KrThread *ts, KrObject *self)
{
    DictEntry *e = dictiter_advance(ts, (KrDictIter *)self, is_reverse_iter(KR_TYPE(self)));
    return e != NULL ? KR_INCREF(e->value) : NULL;
}

static KrObject *dictiter_next_item(KrThread *ts, KrObject *self)
{
    DictEntry *e = dictiter_advance(ts, (KrDictIter *)self, is_reverse_iter(KR_TYPE(self)));
    return e != NULL ? kr_tuple_pack(ts, 2, e->key, e->value) : NULL;
}

static KrObject *dictiter_length_hint(KrThread *ts, KrObject *self)
{
    KrDictIter *it = (KrDictIter *)self;
    intptr_t n = 0;
    if (it->dict != NULL && it->used == ((KrDict *)it->dict)->used) {
        n = it->len;
    }
    return kr_int_from_i64(ts, n);
}

static const KrMethodDef dictiter_methods[] = {
    {"__length_hint__", (void *)dictiter_length_hint, KR_METH_NOARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

#define DICT_ITER_TYPE(cname, pyname, nextfn)      \
    KrType cname = {                                \
        .base = KR_STATIC_HEAD(&kr_type_type),      \
        .name = pyname,                             \
        .basicsize = sizeof(KrDictIter),            \
        .flags = KR_TYPE_GC,                        \
        .base_type = &kr_object_type,               \
        .dealloc = dictiter_dealloc,                \
        .traverse = dictiter_traverse,              \
        .clear = dictiter_clear,                    \
        .iter = kr_iter_self,                       \
        .iternext = nextfn,                         \
        .methods = dictiter_methods,                \
    }

DICT_ITER_TYPE(kr_dict_keyiter_type, "dict_keyiterator", dictiter_next_key);
DICT_ITER_TYPE(kr_dict_valueiter_type, "dict_valueiterator", dictiter_next_value);
DICT_ITER_TYPE(kr_dict_itemiter_type, "dict_itemiterator", dictiter_next_item);
DICT_ITER_TYPE(kr_dict_revkeyiter_type, "dict_reversekeyiterator", dictiter_next_key);
DICT_ITER_TYPE(kr_dict_revvalueiter_type, "dict_reversevalueiterator", dictiter_next_value);
DICT_ITER_TYPE(kr_dict_revitemiter_type, "dict_reverseitemiterator", dictiter_next_item);
