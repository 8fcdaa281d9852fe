// SPDX-License-Identifier: MIT
// set and frozenset: open-addressing hash tables laid out as CPython's setobject.c.
#include <string.h>

#include "containers.h"
#include "genericalias.h"

#include "exc.h"
#include "func.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// ---- the table -------------------------------------------------------------------
//
// Probing, resizing and the fill thresholds are CPython's, step for step, so
// that iterating a set of small ints or strings gives CPython's order.
// A probe looks at LINEAR_PROBES neighbours before jumping with the
// perturbation sequence i = i*5 + 1 + perturb.

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

// Deleted slots hold this marker (never dereferenced) with hash -1.
static const char dummy_marker;
#define DUMMY ((KrObject *)(uintptr_t)&dummy_marker)

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

// Finds key: *out is its entry, or NULL when absent; -1 on error. A comparison that
// changes the set restarts the search. `match` (if given) replaces comparisons.
static int set_lookkey(KrThread *ts, KrSet *so, KrObject *key, KrHash hash, KrSetEntry **out,
                       bool (*match)(KrObject *key, void *arg), void *arg)
{
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        KrSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                *out = NULL;
                return 0;
            }
            if (entry->hash == hash) {
                KrObject *startkey = entry->key;
                if (startkey == key || (match && match(startkey, arg))) {
                    *out = entry;
                    return 0;
                }
                if (match) {
                    // Not this one: keep probing.
                } else if (kr_str_check_exact(startkey) && kr_str_check_exact(key)) {
                    if (kr_str_equal(startkey, key)) {
                        *out = entry;
                        return 0;
                    }
                } else {
                    KrSetEntry *table = so->table;
                    KR_INCREF(startkey);
                    int cmp = kr_equal(ts, startkey, key);
                    KR_DECREF(ts, startkey);
                    if (cmp < 0) {
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey) {
                        goto restart;
                    }
                    if (cmp > 0) {
                        *out = entry;
                        return 0;
                    }
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

// Inserts a key known to be absent into a table without dummies.
static void set_insert_clean(KrSetEntry *table, size_t mask, KrObject *key, KrHash hash)
{
    uint64_t perturb = (uint64_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        KrSetEntry *entry = &table[i];
        if (entry->key == NULL) {
            entry->key = key;
            entry->hash = hash;
            return;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) {
                    entry->key = key;
                    entry->hash = hash;
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }
}

// Rebuilds the table with the smallest power of two > minused slots.
static int set_table_resize(KrThread *ts, KrSet *so, intptr_t minused)
{
    size_t newsize = KR_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    KrSetEntry *oldtable = so->table;
    size_t oldmask = (size_t)so->mask;
    bool old_malloced = oldtable != so->smalltable;
    KrSetEntry small_copy[KR_SET_MINSIZE];
    KrSetEntry *newtable;
    if (newsize == KR_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) {
                return 0; // no dummies to purge
            }
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        if (newsize > SIZE_MAX / 2 / sizeof(KrSetEntry)) {
            kr_err_no_memory(ts);
            return -1;
        }
        newtable = kr_mem_alloc(ts, newsize * sizeof(KrSetEntry));
        if (newtable == NULL) {
            return -1;
        }
    }
    memset(newtable, 0, newsize * sizeof(KrSetEntry));
    so->mask = (intptr_t)newsize - 1;
    so->table = newtable;
    for (size_t i = 0; i <= oldmask; i++) {
        KrSetEntry *e = &oldtable[i];
        if (e->key != NULL && e->key != DUMMY) {
            set_insert_clean(newtable, newsize - 1, e->key, e->hash);
        }
    }
    so->fill = so->used;
    if (old_malloced) {
        kr_mem_free(ts, oldtable);
    }
    return 0;
}

// Adds key (borrowed) with a known hash.
static int set_add_entry(KrThread *ts, KrSet *so, KrObject *key, KrHash hash)
{
    KR_INCREF(key);
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    KrSetEntry *freeslot = NULL;
    uint64_t perturb = (uint64_t)hash;
    KrSetEntry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash) {
                KrObject *startkey = entry->key;
                if (startkey == key) {
                    goto found_active;
                }
                if (kr_str_check_exact(startkey) && kr_str_check_exact(key)) {
                    if (kr_str_equal(startkey, key)) {
                        goto found_active;
                    }
                } else {
                    KrSetEntry *table = so->table;
                    KR_INCREF(startkey);
                    int cmp = kr_equal(ts, startkey, key);
                    KR_DECREF(ts, startkey);
                    if (cmp > 0) {
                        goto found_active;
                    }
                    if (cmp < 0) {
                        KR_DECREF(ts, key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey) {
                        goto restart;
                    }
                    mask = (size_t)so->mask;
                }
            } else if (entry->hash == -1 && entry->key == DUMMY && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + (size_t)perturb) & mask;
    }

found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) {
        return 0;
    }
    return set_table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);

found_active:
    KR_DECREF(ts, key);
    return 0;
}

static int set_add_key(KrThread *ts, KrSet *so, KrObject *key)
{
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return -1;
    }
    return set_add_entry(ts, so, key, hash);
}

static int set_contains_entry(KrThread *ts, KrSet *so, KrObject *key, KrHash hash)
{
    KrSetEntry *entry;
    if (set_lookkey(ts, so, key, hash, &entry, NULL, NULL) < 0) {
        return -1;
    }
    return entry != NULL;
}

// 1 removed, 0 absent, -1 error.
static int set_discard_entry(KrThread *ts, KrSet *so, KrObject *key, KrHash hash)
{
    KrSetEntry *entry;
    if (set_lookkey(ts, so, key, hash, &entry, NULL, NULL) < 0) {
        return -1;
    }
    if (entry == NULL) {
        return 0;
    }
    KrObject *old = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    KR_DECREF(ts, old);
    return 1;
}

static int set_discard_key(KrThread *ts, KrSet *so, KrObject *key)
{
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return -1;
    }
    return set_discard_entry(ts, so, key, hash);
}

static int set_contains_key(KrThread *ts, KrSet *so, KrObject *key)
{
    KrHash hash = hash_of(ts, key);
    if (hash == -1) {
        return -1;
    }
    return set_contains_entry(ts, so, key, hash);
}

// Empties the set before releasing the keys: their finalizers may look at it.
static void set_clear_internal(KrThread *ts, KrSet *so)
{
    KrSetEntry small_copy[KR_SET_MINSIZE];
    KrSetEntry *table = so->table;
    bool malloced = table != so->smalltable;
    intptr_t fill = so->fill;
    size_t size = (size_t)so->mask + 1;
    if (!malloced) {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
    }
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->table = so->smalltable;
    so->mask = KR_SET_MINSIZE - 1;
    so->fill = so->used = 0;
    so->hash = -1;
    for (size_t i = 0; i < size && fill > 0; i++) {
        if (table[i].key != NULL) {
            fill--;
            if (table[i].key != DUMMY) {
                KR_DECREF(ts, table[i].key);
            }
        }
    }
    if (malloced) {
        kr_mem_free(ts, table);
    }
}

static bool set_next_entry(KrSet *so, intptr_t *pos, KrSetEntry **entry)
{
    intptr_t i = *pos;
    while (i <= so->mask && (so->table[i].key == NULL || so->table[i].key == DUMMY)) {
        i++;
    }
    *pos = i + 1;
    if (i > so->mask) {
        return false;
    }
    *entry = &so->table[i];
    return true;
}

// so |= other for another set: one resize up front, then plain copies
// where the target is empty.
static int set_merge(KrThread *ts, KrSet *so, KrSet *other)
{
    if (so == other || other->used == 0) {
        return 0;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(ts, so, (so->used + other->used) * 2) < 0) {
            return -1;
        }
    }
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (intptr_t i = 0; i <= other->mask; i++) {
            KrObject *key = other->table[i].key;
            if (key != NULL) {
                so->table[i].key = KR_INCREF(key);
                so->table[i].hash = other->table[i].hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = other->used;
        so->used = other->used;
        for (intptr_t i = 0; i <= other->mask; i++) {
            KrObject *key = other->table[i].key;
            if (key != NULL && key != DUMMY) {
                set_insert_clean(so->table, (size_t)so->mask, KR_INCREF(key), other->table[i].hash);
            }
        }
        return 0;
    }
    for (intptr_t i = 0; i <= other->mask; i++) {
        KrSetEntry *e = &other->table[i];
        if (e->key != NULL && e->key != DUMMY) {
            if (set_add_entry(ts, so, e->key, e->hash) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int set_update_internal(KrThread *ts, KrSet *so, KrObject *other)
{
    if (kr_anyset_check(other)) {
        return set_merge(ts, so, (KrSet *)other);
    }
    if (kr_dict_check_exact(other)) {
        intptr_t n = kr_dict_size(other);
        if ((so->fill + n) * 5 >= so->mask * 3) {
            if (set_table_resize(ts, so, (so->used + n) * 2) < 0) {
                return -1;
            }
        }
        intptr_t pos = 0;
        KrObject *key;
        KrHash hash;
        while (kr_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            if (set_add_entry(ts, so, key, hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    KrObject *it = kr_iter(ts, other);
    if (it == NULL) {
        return -1;
    }
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (key == NULL) {
            break;
        }
        int rc = set_add_key(ts, so, key);
        KR_DECREF(ts, key);
        if (rc < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    return kr_err_occurred(ts) ? -1 : 0;
}

static KrSet *set_alloc(KrThread *ts, KrType *type)
{
    KrSet *so = (KrSet *)kr_object_alloc(ts, type, type->basicsize);
    if (so == NULL) {
        return NULL;
    }
    so->table = so->smalltable;
    so->mask = KR_SET_MINSIZE - 1;
    so->hash = -1;
    return so;
}

static KrObject *make_new_set(KrThread *ts, KrType *type, KrObject *iterable)
{
    KrSet *so = set_alloc(ts, type);
    if (so == NULL) {
        return NULL;
    }
    if (iterable != NULL && set_update_internal(ts, so, iterable) < 0) {
        KR_DECREF(ts, so);
        return NULL;
    }
    return (KrObject *)so;
}

// Results of set operations on subclasses are plain sets or frozensets.
static KrObject *make_new_set_basetype(KrThread *ts, KrType *type, KrObject *iterable)
{
    if (type != &kr_set_type && type != &kr_frozenset_type) {
        type = kr_type_is_subtype(type, &kr_set_type) ? &kr_set_type : &kr_frozenset_type;
    }
    return make_new_set(ts, type, iterable);
}

static KrObject *set_copy(KrThread *ts, KrObject *so)
{
    return make_new_set_basetype(ts, KR_TYPE(so), so);
}

// ---- the C API -------------------------------------------------------------------

KrObject *kr_set_new(KrThread *ts, KrObject *iterable)
{
    return make_new_set(ts, &kr_set_type, iterable);
}

KrObject *kr_frozenset_new(KrThread *ts, KrObject *iterable)
{
    return make_new_set(ts, &kr_frozenset_type, iterable);
}

int kr_set_add(KrThread *ts, KrObject *set, KrObject *key)
{
    return set_add_key(ts, (KrSet *)set, key);
}

int kr_set_contains(KrThread *ts, KrObject *set, KrObject *key)
{
    return set_contains_key(ts, (KrSet *)set, key);
}

int kr_set_update(KrThread *ts, KrObject *set, KrObject *iterable)
{
    return set_update_internal(ts, (KrSet *)set, iterable);
}

intptr_t kr_set_size(KrObject *set)
{
    return ((KrSet *)set)->used;
}

bool kr_set_next(KrObject *set, intptr_t *pos, KrObject **key)
{
    KrSetEntry *entry;
    if (!set_next_entry((KrSet *)set, pos, &entry)) {
        return false;
    }
    *key = entry->key;
    return true;
}

bool kr_set_find_hashed(KrObject *set, KrHash hash, bool (*match)(KrObject *key, void *arg), void *arg)
{
    KrSetEntry *entry;
    // No comparison runs Python code here, so the lookup can't fail.
    set_lookkey(NULL, (KrSet *)set, NULL, hash, &entry, match, arg);
    return entry != NULL;
}

void kr_set_clear(KrThread *ts, KrObject *set)
{
    set_clear_internal(ts, (KrSet *)set);
}

int kr_set_discard(KrThread *ts, KrObject *set, KrObject *key)
{
    return set_discard_key(ts, (KrSet *)set, key);
}

// ---- set algebra -------------------------------------------------------------------

static KrObject *set_intersection(KrThread *ts, KrSet *so, KrObject *other)
{
    if ((KrObject *)so == other) {
        return set_copy(ts, other);
    }
    KrSet *result = (KrSet *)make_new_set_basetype(ts, KR_TYPE(so), NULL);
    if (result == NULL) {
        return NULL;
    }
    if (kr_anyset_check(other)) {
        KrSet *a = so, *b = (KrSet *)other;
        if (b->used > a->used) {
            KrSet *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        KrSetEntry *entry;
        while (set_next_entry(b, &pos, &entry)) {
            KrObject *key = KR_INCREF(entry->key);
            KrHash hash = entry->hash;
            int rc = set_contains_entry(ts, a, key, hash);
            if (rc > 0) {
                rc = set_add_entry(ts, result, key, hash);
            }
            KR_DECREF(ts, key);
            if (rc < 0) {
                KR_DECREF(ts, result);
                return NULL;
            }
        }
        return (KrObject *)result;
    }
    KrObject *it = kr_iter(ts, other);
    if (it == NULL) {
        KR_DECREF(ts, result);
        return NULL;
    }
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (key == NULL) {
            break;
        }
        KrHash hash = hash_of(ts, key);
        int rc = hash == -1 ? -1 : set_contains_entry(ts, so, key, hash);
        if (rc > 0) {
            rc = set_add_entry(ts, result, key, hash);
        }
        KR_DECREF(ts, key);
        if (rc < 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    if (kr_err_occurred(ts)) {
        KR_DECREF(ts, result);
        return NULL;
    }
    return (KrObject *)result;
}

// Exchanges the contents of two sets (for intersection_update).
static void set_swap_bodies(KrSet *a, KrSet *b)
{
    KrSetEntry tab[KR_SET_MINSIZE];
    KrSetEntry *ta = a->table == a->smalltable ? NULL : a->table;
    KrSetEntry *tb = b->table == b->smalltable ? NULL : b->table;
    memcpy(tab, a->smalltable, sizeof(tab));
    memcpy(a->smalltable, b->smalltable, sizeof(tab));
    memcpy(b->smalltable, tab, sizeof(tab));
    a->table = tb != NULL ? tb : a->smalltable;
    b->table = ta != NULL ? ta : b->smalltable;
    intptr_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    KrHash h = a->hash; a->hash = b->hash; b->hash = h;
}

static int set_intersection_update(KrThread *ts, KrSet *so, KrObject *other)
{
    KrObject *tmp = set_intersection(ts, so, other);
    if (tmp == NULL) {
        return -1;
    }
    set_swap_bodies(so, (KrSet *)tmp);
    KR_DECREF(ts, tmp);
    return 0;
}

static int set_difference_update_internal(KrThread *ts, KrSet *so, KrObject *other)
{
    if ((KrObject *)so == other) {
        set_clear_internal(ts, so);
        return 0;
    }
    if (kr_anyset_check(other)) {
        KrObject *o;
        // When the other set is much larger, only the common part matters.
        if ((((KrSet *)other)->used >> 3) > so->used) {
            o = set_intersection(ts, so, other);
            if (o == NULL) {
                return -1;
            }
        } else {
            o = KR_INCREF(other);
        }
        intptr_t pos = 0;
        KrSetEntry *entry;
        while (set_next_entry((KrSet *)o, &pos, &entry)) {
            KrObject *key = KR_INCREF(entry->key);
            int rc = set_discard_entry(ts, so, key, entry->hash);
            KR_DECREF(ts, key);
            if (rc < 0) {
                KR_DECREF(ts, o);
                return -1;
            }
        }
        KR_DECREF(ts, o);
    } else {
        KrObject *it = kr_iter(ts, other);
        if (it == NULL) {
            return -1;
        }
        for (;;) {
            KrObject *key = kr_next(ts, it);
            if (key == NULL) {
                break;
            }
            int rc = set_discard_key(ts, so, key);
            KR_DECREF(ts, key);
            if (rc < 0) {
                break;
            }
        }
        KR_DECREF(ts, it);
        if (kr_err_occurred(ts)) {
            return -1;
        }
    }
    // More than a quarter dummies: rebuild.
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) {
        return 0;
    }
    return set_table_resize(ts, so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int kr_set_difference_update(KrThread *ts, KrObject *set, KrObject *iterable)
{
    return set_difference_update_internal(ts, (KrSet *)set, iterable);
}

static KrObject *set_copy_and_difference(KrThread *ts, KrSet *so, KrObject *other)
{
    KrObject *result = set_copy(ts, (KrObject *)so);
    if (result != NULL && set_difference_update_internal(ts, (KrSet *)result, other) < 0) {
        KR_CLEAR(ts, result);
    }
    return result;
}

static KrObject *set_difference(KrThread *ts, KrSet *so, KrObject *other)
{
    intptr_t other_size;
    if (kr_anyset_check(other)) {
        other_size = ((KrSet *)other)->used;
    } else if (kr_dict_check_exact(other)) {
        other_size = kr_dict_size(other);
    } else {
        return set_copy_and_difference(ts, so, other);
    }
    if ((so->used >> 2) > other_size) {
        return set_copy_and_difference(ts, so, other);
    }
    KrSet *result = (KrSet *)make_new_set_basetype(ts, KR_TYPE(so), NULL);
    if (result == NULL) {
        return NULL;
    }
    bool is_dict = kr_dict_check_exact(other);
    intptr_t pos = 0;
    KrSetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        KrObject *key = KR_INCREF(entry->key);
        KrHash hash = entry->hash;
        int rc;
        if (is_dict) {
            rc = kr_dict_get_item_hash(ts, other, key, hash) != NULL;
            if (!rc && kr_err_occurred(ts)) {
                rc = -1;
            }
        } else {
            rc = set_contains_entry(ts, (KrSet *)other, key, hash);
        }
        if (rc == 0) {
            rc = set_add_entry(ts, result, key, hash);
        }
        KR_DECREF(ts, key);
        if (rc < 0) {
            KR_DECREF(ts, result);
            return NULL;
        }
    }
    return (KrObject *)result;
}

static int symmetric_difference_update(KrThread *ts, KrSet *so, KrObject *other)
{
    if ((KrObject *)so == other) {
        set_clear_internal(ts, so);
        return 0;
    }
    if (kr_dict_check_exact(other)) {
        intptr_t pos = 0;
        KrObject *key;
        KrHash hash;
        while (kr_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            KR_INCREF(key);
            int rc = set_discard_entry(ts, so, key, hash);
            if (rc == 0) {
                rc = set_add_entry(ts, so, key, hash);
            }
            KR_DECREF(ts, key);
            if (rc < 0) {
                return -1;
            }
        }
        return 0;
    }
    KrObject *otherset;
    if (kr_anyset_check(other)) {
        otherset = KR_INCREF(other);
    } else {
        otherset = make_new_set_basetype(ts, KR_TYPE(so), other);
        if (otherset == NULL) {
            return -1;
        }
    }
    intptr_t pos = 0;
    KrSetEntry *entry;
    while (set_next_entry((KrSet *)otherset, &pos, &entry)) {
        KrObject *key = KR_INCREF(entry->key);
        KrHash hash = entry->hash;
        int rc = set_discard_entry(ts, so, key, hash);
        if (rc == 0) {
            rc = set_add_entry(ts, so, key, hash);
        }
        KR_DECREF(ts, key);
        if (rc < 0) {
            KR_DECREF(ts, otherset);
            return -1;
        }
    }
    KR_DECREF(ts, otherset);
    return 0;
}

int kr_set_symmetric_difference_update(KrThread *ts, KrObject *set, KrObject *iterable)
{
    return symmetric_difference_update(ts, (KrSet *)set, iterable);
}

static KrObject *set_symmetric_difference(KrThread *ts, KrSet *so, KrObject *other)
{
    KrObject *result = make_new_set_basetype(ts, KR_TYPE(so), other);
    if (result != NULL && symmetric_difference_update(ts, (KrSet *)result, (KrObject *)so) < 0) {
        KR_CLEAR(ts, result);
    }
    return result;
}

// -1 error, else whether every item of so is in other.
static int set_issubset(KrThread *ts, KrSet *so, KrObject *other)
{
    if (!kr_anyset_check(other)) {
        KrObject *tmp = make_new_set(ts, &kr_set_type, other);
        if (tmp == NULL) {
            return -1;
        }
        int rc = set_issubset(ts, so, tmp);
        KR_DECREF(ts, tmp);
        return rc;
    }
    if (so->used > ((KrSet *)other)->used) {
        return 0;
    }
    intptr_t pos = 0;
    KrSetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        KrObject *key = KR_INCREF(entry->key);
        int rc = set_contains_entry(ts, (KrSet *)other, key, entry->hash);
        KR_DECREF(ts, key);
        if (rc <= 0) {
            return rc;
        }
    }
    return 1;
}

static int set_issuperset(KrThread *ts, KrSet *so, KrObject *other)
{
    if (kr_anyset_check(other)) {
        return set_issubset(ts, (KrSet *)other, (KrObject *)so);
    }
    KrObject *it = kr_iter(ts, other);
    if (it == NULL) {
        return -1;
    }
    int rc = 1;
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (key == NULL) {
            if (kr_err_occurred(ts)) {
                rc = -1;
            }
            break;
        }
        rc = set_contains_key(ts, so, key);
        KR_DECREF(ts, key);
        if (rc <= 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    return rc;
}


// ---- slots ---------------------------------------------------------------------

static void set_dealloc(KrThread *ts, KrObject *self)
{
    set_clear_internal(ts, (KrSet *)self);
    kr_object_free(ts, self);
}

static void set_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg)
{
    intptr_t pos = 0;
    KrSetEntry *entry;
    while (set_next_entry((KrSet *)self, &pos, &entry)) {
        visit(ts, entry->key, arg);
    }
}

static int set_clear_slot(KrThread *ts, KrObject *self)
{
    set_clear_internal(ts, (KrSet *)self);
    return 0;
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// CPython's frozenset hash: order-independent, cached.
static KrHash frozenset_hash(KrThread *ts, KrObject *self)
{
    (void)ts;
    KrSet *so = (KrSet *)self;
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t hash = 0;
    intptr_t pos = 0;
    KrSetEntry *entry;
    while (set_next_entry(so, &pos, &entry)) {
        hash ^= shuffle_bits((uint64_t)entry->hash);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) {
        hash = 590923713ULL;
    }
    so->hash = (KrHash)hash;
    return so->hash;
}

static KrObject *set_richcompare(KrThread *ts, KrObject *v, KrObject *w, int op)
{
    if (!kr_anyset_check(v) || !kr_anyset_check(w)) {
        return KR_NOTIMPL;
    }
    KrSet *a = (KrSet *)v, *b = (KrSet *)w;
    int rc;
    switch (op) {
    case KR_EQ:
    case KR_NE:
        if (a->used != b->used) {
            rc = 0;
        } else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) {
            rc = 0;
        } else {
            rc = set_issubset(ts, a, w);
        }
        if (rc >= 0 && op == KR_NE) {
            rc = !rc;
        }
        break;
    case KR_LE:
        rc = set_issubset(ts, a, w);
        break;
    case KR_GE:
        rc = set_issuperset(ts, a, w);
        break;
    case KR_LT:
        rc = a->used >= b->used ? 0 : set_issubset(ts, a, w);
        break;
    default:
        rc = a->used <= b->used ? 0 : set_issuperset(ts, a, w);
        break;
    }
    if (rc < 0) {
        return NULL;
    }
    return kr_bool_from(rc != 0);
}

static intptr_t set_len(KrThread *ts, KrObject *self)
{
    (void)ts;
    return ((KrSet *)self)->used;
}

// A set used as a key is looked up as the equal frozenset, as CPython does.
static KrObject *frozen_key(KrThread *ts, KrObject *key)
{
    if (KR_TYPE(key) != &kr_set_type && !kr_type_is_subtype(KR_TYPE(key), &kr_set_type)) {
        return NULL;
    }
    if (!kr_err_matches(ts, &kr_exc_TypeError)) {
        return NULL;
    }
    kr_err_clear(ts);
    return make_new_set(ts, &kr_frozenset_type, key);
}

static int set_contains_slot(KrThread *ts, KrObject *self, KrObject *key)
{
    int rc = set_contains_key(ts, (KrSet *)self, key);
    if (rc < 0) {
        KrObject *tmp = frozen_key(ts, key);
        if (tmp != NULL) {
            rc = set_contains_key(ts, (KrSet *)self, tmp);
            KR_DECREF(ts, tmp);
        }
    }
    return rc;
}

static KrObject *set_sub(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    return set_difference(ts, (KrSet *)a, b);
}

static KrObject *set_and(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    return set_intersection(ts, (KrSet *)a, b);
}

static KrObject *set_or(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    KrObject *result = set_copy(ts, a);
    if (result == NULL || a == b) {
        return result;
    }
    if (set_update_internal(ts, (KrSet *)result, b) < 0) {
        KR_DECREF(ts, result);
        return NULL;
    }
    return result;
}

static KrObject *set_xor(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    return set_symmetric_difference(ts, (KrSet *)a, b);
}

static KrObject *set_isub(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    if (set_difference_update_internal(ts, (KrSet *)a, b) < 0) {
        return NULL;
    }
    return KR_INCREF(a);
}

static KrObject *set_iand(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    if (set_intersection_update(ts, (KrSet *)a, b) < 0) {
        return NULL;
    }
    return KR_INCREF(a);
}

static KrObject *set_ior(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    if (set_update_internal(ts, (KrSet *)a, b) < 0) {
        return NULL;
    }
    return KR_INCREF(a);
}

static KrObject *set_ixor(KrThread *ts, KrObject *a, KrObject *b)
{
    if (!kr_anyset_check(a) || !kr_anyset_check(b)) {
        return KR_NOTIMPL;
    }
    if (symmetric_difference_update(ts, (KrSet *)a, b) < 0) {
        return NULL;
    }
    return KR_INCREF(a);
}

static KrObject *set_iter(KrThread *ts, KrObject *self)
{
    return kr_set_iter_new(ts, self);
}

static KrObject *set_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    (void)args;
    (void)nargs;
    if (type == &kr_set_type && kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "set() takes no keyword arguments");
        return NULL;
    }
    return make_new_set(ts, type, NULL);
}

static int set_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames)
{
    if (kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "set() takes no keyword arguments");
        return -1;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "set expected at most 1 argument, got %zu", nargs);
        return -1;
    }
    KrSet *so = (KrSet *)self;
    if (so->fill > 0) {
        set_clear_internal(ts, so);
    }
    so->hash = -1;
    if (nargs == 1) {
        return set_update_internal(ts, so, args[0]);
    }
    return 0;
}

static KrObject *frozenset_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs,
                               KrObject *kwnames)
{
    if (type == &kr_frozenset_type && kwnames != NULL && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_set_str(ts, &kr_exc_TypeError, "frozenset() takes no keyword arguments");
        return NULL;
    }
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
        return NULL;
    }
    if (type == &kr_frozenset_type && nargs == 1 && KR_TYPE(args[0]) == &kr_frozenset_type) {
        return KR_INCREF(args[0]);
    }
    return make_new_set(ts, type, nargs == 1 ? args[0] : NULL);
}

// ---- methods -------------------------------------------------------------------

static KrObject *set_add_method(KrThread *ts, KrObject *self, KrObject *key)
{
    if (set_add_key(ts, (KrSet *)self, key) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *set_clear_method(KrThread *ts, KrObject *self)
{
    set_clear_internal(ts, (KrSet *)self);
    KR_RETURN_NONE;
}

static KrObject *set_copy_method(KrThread *ts, KrObject *self)
{
    return set_copy(ts, self);
}

static KrObject *frozenset_copy(KrThread *ts, KrObject *self)
{
    if (KR_TYPE(self) == &kr_frozenset_type) {
        return KR_INCREF(self);
    }
    return make_new_set(ts, &kr_frozenset_type, self);
}

// 1 removed, 0 absent, -1 error; a set argument is tried as a frozenset.
static int discard_any(KrThread *ts, KrObject *self, KrObject *key)
{
    int rc = set_discard_key(ts, (KrSet *)self, key);
    if (rc < 0) {
        KrObject *tmp = frozen_key(ts, key);
        if (tmp != NULL) {
            rc = set_discard_key(ts, (KrSet *)self, tmp);
            KR_DECREF(ts, tmp);
        }
    }
    return rc;
}

static KrObject *set_discard_method(KrThread *ts, KrObject *self, KrObject *key)
{
    if (discard_any(ts, self, key) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *set_remove_method(KrThread *ts, KrObject *self, KrObject *key)
{
    int rc = discard_any(ts, self, key);
    if (rc < 0) {
        return NULL;
    }
    if (rc == 0) {
        kr_dict_key_error(ts, key);
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *set_pop(KrThread *ts, KrObject *self)
{
    KrSet *so = (KrSet *)self;
    if (so->used == 0) {
        kr_err_set_str(ts, &kr_exc_KeyError, "pop from an empty set");
        return NULL;
    }
    KrSetEntry *entry = so->table + (so->finger & so->mask);
    KrSetEntry *limit = so->table + so->mask;
    while (entry->key == NULL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) {
            entry = so->table;
        }
    }
    KrObject *key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static KrObject *set_union_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames)
{
    if (kr_check_positional(ts, "union", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    KrObject *result = set_copy(ts, self);
    for (size_t i = 0; result != NULL && i < nargs; i++) {
        if (args[i] != self && set_update_internal(ts, (KrSet *)result, args[i]) < 0) {
            KR_CLEAR(ts, result);
        }
    }
    return result;
}

static KrObject *set_update_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                   KrObject *kwnames)
{
    if (kr_check_positional(ts, "update", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (set_update_internal(ts, (KrSet *)self, args[i]) < 0) {
            return NULL;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *intersection_multi(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs)
{
    if (nargs == 0) {
        return set_copy(ts, self);
    }
    KrObject *result = KR_INCREF(self);
    for (size_t i = 0; i < nargs; i++) {
        KrObject *next = set_intersection(ts, (KrSet *)result, args[i]);
        KR_DECREF(ts, result);
        if (next == NULL) {
            return NULL;
        }
        result = next;
    }
    return result;
}

static KrObject *set_intersection_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                         KrObject *kwnames)
{
    if (kr_check_positional(ts, "intersection", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    return intersection_multi(ts, self, args, nargs);
}

static KrObject *set_intersection_update_method(KrThread *ts, KrObject *self, KrObject *const *args,
                                                size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "intersection_update", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    KrObject *tmp = intersection_multi(ts, self, args, nargs);
    if (tmp == NULL) {
        return NULL;
    }
    set_swap_bodies((KrSet *)self, (KrSet *)tmp);
    KR_DECREF(ts, tmp);
    KR_RETURN_NONE;
}

static KrObject *set_difference_method(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                       KrObject *kwnames)
{
    if (kr_check_positional(ts, "difference", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return set_copy(ts, self);
    }
    KrObject *result = set_difference(ts, (KrSet *)self, args[0]);
    for (size_t i = 1; result != NULL && i < nargs; i++) {
        if (set_difference_update_internal(ts, (KrSet *)result, args[i]) < 0) {
            KR_CLEAR(ts, result);
        }
    }
    return result;
}

static KrObject *set_difference_update_method(KrThread *ts, KrObject *self, KrObject *const *args,
                                              size_t nargs, KrObject *kwnames)
{
    if (kr_check_positional(ts, "difference_update", nargs, kwnames, 0, SIZE_MAX) < 0) {
        return NULL;
    }
    for (size_t i = 0; i < nargs; i++) {
        if (set_difference_update_internal(ts, (KrSet *)self, args[i]) < 0) {
            return NULL;
        }
    }
    KR_RETURN_NONE;
}

static KrObject *set_symmetric_difference_method(KrThread *ts, KrObject *self, KrObject *other)
{
    return set_symmetric_difference(ts, (KrSet *)self, other);
}

static KrObject *set_symmetric_difference_update_method(KrThread *ts, KrObject *self, KrObject *other)
{
    if (symmetric_difference_update(ts, (KrSet *)self, other) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *bool_result(int rc)
{
    return rc < 0 ? NULL : kr_bool_from(rc != 0);
}

static KrObject *set_issubset_method(KrThread *ts, KrObject *self, KrObject *other)
{
    return bool_result(set_issubset(ts, (KrSet *)self, other));
}

static KrObject *set_issuperset_method(KrThread *ts, KrObject *self, KrObject *other)
{
    return bool_result(set_issuperset(ts, (KrSet *)self, other));
}

static KrObject *set_isdisjoint(KrThread *ts, KrObject *self, KrObject *other)
{
    KrSet *so = (KrSet *)self;
    if (self == other) {
        return kr_bool_from(so->used == 0);
    }
    if (kr_anyset_check(other)) {
        KrSet *a = so, *b = (KrSet *)other;
        if (b->used > a->used) {
            KrSet *t = a;
            a = b;
            b = t;
        }
        intptr_t pos = 0;
        KrSetEntry *entry;
        while (set_next_entry(b, &pos, &entry)) {
            KrObject *key = KR_INCREF(entry->key);
            int rc = set_contains_entry(ts, a, key, entry->hash);
            KR_DECREF(ts, key);
            if (rc != 0) {
                return rc < 0 ? NULL : kr_bool_from(false);
            }
        }
        return kr_bool_from(true);
    }
    KrObject *it = kr_iter(ts, other);
    if (it == NULL) {
        return NULL;
    }
    int rc = 0;
    for (;;) {
        KrObject *key = kr_next(ts, it);
        if (key == NULL) {
            break;
        }
        rc = set_contains_key(ts, so, key);
        KR_DECREF(ts, key);
        if (rc != 0) {
            break;
        }
    }
    KR_DECREF(ts, it);
    if (rc < 0 || kr_err_occurred(ts)) {
        return NULL;
    }
    return kr_bool_from(rc == 0);
}

// (type, (list(self),), __dict__ or None): copy and pickle rebuild a (frozen)set.
static KrObject *set_reduce(KrThread *ts, KrObject *self) {
    KrObject *items = kr_list_from_iterable(ts, self);
    KrObject *args = items ? kr_tuple_pack(ts, 1, items) : NULL;
    KR_XDECREF(ts, items);
    if (!args) {
        return NULL;
    }
    KrObject *d = kr_object_get_dict(ts, self, false);
    KrObject *r = kr_tuple_pack(ts, 3, (KrObject *)KR_TYPE(self), args, d && kr_dict_size(d) ? d : KR_NONE);
    KR_DECREF(ts, args);
    return r;
}

static const KrMethodDef set_methods[] = {
    {"__reduce__", (void *)set_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    KR_CLASS_GETITEM_METHOD,
    {"add", (void *)set_add_method, KR_METH_O, false, false, "Add an element to a set."},
    {"clear", (void *)set_clear_method, KR_METH_NOARGS, false, false, "Remove all elements from this set."},
    {"copy", (void *)set_copy_method, KR_METH_NOARGS, false, false, "Return a shallow copy of a set."},
    {"discard", (void *)set_discard_method, KR_METH_O, false, false,
     "Remove an element from a set if it is a member."},
    {"difference", (void *)set_difference_method, KR_METH_VARARGS, false, false,
     "Return the difference of two or more sets as a new set."},
    {"difference_update", (void *)set_difference_update_method, KR_METH_VARARGS, false, false,
     "Remove all elements of another set from this set."},
    {"intersection", (void *)set_intersection_method, KR_METH_VARARGS, false, false,
     "Return the intersection of two sets as a new set."},
    {"intersection_update", (void *)set_intersection_update_method, KR_METH_VARARGS, false, false,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", (void *)set_isdisjoint, KR_METH_O, false, false,
     "Return True if two sets have a null intersection."},
    {"issubset", (void *)set_issubset_method, KR_METH_O, false, false,
     "Report whether another set contains this set."},
    {"issuperset", (void *)set_issuperset_method, KR_METH_O, false, false,
     "Report whether this set contains another set."},
    {"pop", (void *)set_pop, KR_METH_NOARGS, false, false, "Remove and return an arbitrary set element."},
    {"remove", (void *)set_remove_method, KR_METH_O, false, false,
     "Remove an element from a set; it must be a member."},
    {"symmetric_difference", (void *)set_symmetric_difference_method, KR_METH_O, false, false,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", (void *)set_symmetric_difference_update_method, KR_METH_O, false, false,
     "Update a set with the symmetric difference of itself and another."},
    {"union", (void *)set_union_method, KR_METH_VARARGS, false, false,
     "Return the union of sets as a new set."},
    {"update", (void *)set_update_method, KR_METH_VARARGS, false, false,
     "Update a set with the union of itself and others."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrMethodDef frozenset_methods[] = {
    {"__reduce__", (void *)set_reduce, KR_METH_NOARGS, false, false, "Return state information for pickling."},
    KR_CLASS_GETITEM_METHOD,
    {"copy", (void *)frozenset_copy, KR_METH_NOARGS, false, false, "Return a shallow copy of a set."},
    {"difference", (void *)set_difference_method, KR_METH_VARARGS, false, false,
     "Return the difference of two or more sets as a new set."},
    {"intersection", (void *)set_intersection_method, KR_METH_VARARGS, false, false,
     "Return the intersection of two sets as a new set."},
    {"isdisjoint", (void *)set_isdisjoint, KR_METH_O, false, false,
     "Return True if two sets have a null intersection."},
    {"issubset", (void *)set_issubset_method, KR_METH_O, false, false,
     "Report whether another set contains this set."},
    {"issuperset", (void *)set_issuperset_method, KR_METH_O, false, false,
     "Report whether this set contains another set."},
    {"symmetric_difference", (void *)set_symmetric_difference_method, KR_METH_O, false, false,
     "Return the symmetric difference of two sets as a new set."},
    {"union", (void *)set_union_method, KR_METH_VARARGS, false, false,
     "Return the union of sets as a new set."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_set_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "set",
    .basicsize = sizeof(KrSet),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_MATCH_SELF | KR_TYPE_WEAKREFABLE,
    .base_type = &kr_object_type,
    .doc = "set() -> new empty set object\nset(iterable) -> new set object\n\n"
           "Build an unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = kr_set_repr,
    .hash = kr_hash_not_implemented,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = set_new,
    .init = set_init,
    .nb = {[KR_BINOP_SUBTRACT] = set_sub, [KR_BINOP_AND] = set_and, [KR_BINOP_OR] = set_or,
           [KR_BINOP_XOR] = set_xor},
    .nb_inplace = {[KR_BINOP_SUBTRACT] = set_isub, [KR_BINOP_AND] = set_iand, [KR_BINOP_OR] = set_ior,
                   [KR_BINOP_XOR] = set_ixor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = set_methods,
};

KrType kr_frozenset_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "frozenset",
    .basicsize = sizeof(KrSet),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC | KR_TYPE_MATCH_SELF | KR_TYPE_WEAKREFABLE,
    .base_type = &kr_object_type,
    .doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
           "Build an immutable unordered collection of unique elements.",
    .dealloc = set_dealloc,
    .traverse = set_traverse,
    .clear = set_clear_slot,
    .repr = kr_set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .iter = set_iter,
    .new_ = frozenset_new,
    .nb = {[KR_BINOP_SUBTRACT] = set_sub, [KR_BINOP_AND] = set_and, [KR_BINOP_OR] = set_or,
           [KR_BINOP_XOR] = set_xor},
    .len = set_len,
    .contains = set_contains_slot,
    .methods = frozenset_methods,
};
