// SPDX-License-Identifier: MIT
// list.sort and sorted(): a stable merge sort (insertion-sorted runs, then merges).
#include <string.h>

#include "containers.h"

#include "exc.h"
#include "float.h"
#include "int.h"
#include "singletons.h"
#include "str.h"
#include "../vm/vm.h"

// Runs of this many items are sorted by binary insertion before merging.
#define MIN_RUN 32

// When every key has the same simple type, comparisons skip the generic
// protocol, as CPython's unsafe_*_compare do.
typedef enum { CMP_GENERIC, CMP_INT, CMP_STR, CMP_FLOAT } CompareKind;

typedef struct SortState {
    KrThread *ts;
    CompareKind kind;
    KrObject **keys;   // what is compared
    KrObject **values; // moves along with keys; NULL when the keys are the items
    KrObject **tmp_keys;
    KrObject **tmp_values;
} SortState;

// keys a < b: 1, 0, or -1 with an exception set.
static int sort_lt(SortState *st, KrObject *a, KrObject *b)
{
    switch (st->kind) {
    case CMP_INT: {
        int overflow = 0;
        return kr_int_as_i64(a, &overflow) < kr_int_as_i64(b, &overflow);
    }
    case CMP_STR:
        return kr_str_compare(a, b) < 0;
    case CMP_FLOAT:
        return KR_FLOAT_VALUE(a) < KR_FLOAT_VALUE(b);
    default:
        return kr_compare_bool(st->ts, a, b, KR_LT);
    }
}

static CompareKind pick_kind(KrObject **keys, intptr_t n)
{
    KrType *t = KR_TYPE(keys[0]);
    for (intptr_t i = 1; i < n; i++) {
        if (KR_TYPE(keys[i]) != t) {
            return CMP_GENERIC;
        }
    }
    if (t == &kr_str_type) {
        return CMP_STR;
    }
    if (t == &kr_float_type) {
        return CMP_FLOAT;
    }
    if (t == &kr_int_type) {
        for (intptr_t i = 0; i < n; i++) {
            if (!kr_int_fits_i64(keys[i])) {
                return CMP_GENERIC;
            }
        }
        return CMP_INT;
    }
    return CMP_GENERIC;
}

// Sorts [lo, hi) given that [lo, start) is already sorted. Each item is
// placed after any equal ones, which keeps the sort stable. A failed
// comparison leaves the array a permutation of what it was.
static int binary_insertion(SortState *st, intptr_t lo, intptr_t hi, intptr_t start)
{
    KrObject **keys = st->keys, **values = st->values;
    for (intptr_t i = start; i < hi; i++) {
        KrObject *pivot = keys[i];
        intptr_t l = lo, r = i;
        while (l < r) {
            intptr_t mid = l + (r - l) / 2;
            int c = sort_lt(st, pivot, keys[mid]);
            if (c < 0) {
                return -1;
            }
            if (c) {
                r = mid;
            } else {
                l = mid + 1;
            }
        }
        memmove(keys + l + 1, keys + l, (size_t)(i - l) * sizeof(KrObject *));
        keys[l] = pivot;
        if (values != NULL) {
            KrObject *pv = values[i];
            memmove(values + l + 1, values + l, (size_t)(i - l) * sizeof(KrObject *));
            values[l] = pv;
        }
    }
    return 0;
}

// Merges the sorted runs [lo, mid) and [mid, hi). The left run is copied
// out; on a comparison error what is left of it is copied back into the gap,
// so the array stays a permutation.
static int merge_runs(SortState *st, intptr_t lo, intptr_t mid, intptr_t hi)
{
    KrObject **keys = st->keys, **values = st->values;
    int c = sort_lt(st, keys[mid], keys[mid - 1]);
    if (c <= 0) {
        return c; // already in order, or an error
    }
    intptr_t n1 = mid - lo;
    memcpy(st->tmp_keys, keys + lo, (size_t)n1 * sizeof(KrObject *));
    if (values != NULL) {
        memcpy(st->tmp_values, values + lo, (size_t)n1 * sizeof(KrObject *));
    }
    intptr_t i = 0, j = mid, k = lo;
    int rc = 0;
    while (i < n1 && j < hi) {
        c = sort_lt(st, keys[j], st->tmp_keys[i]);
        if (c < 0) {
            rc = -1;
            break;
        }
        if (c) {
            keys[k] = keys[j];
            if (values != NULL) {
                values[k] = values[j];
            }
            j++;
        } else {
            keys[k] = st->tmp_keys[i];
            if (values != NULL) {
                values[k] = st->tmp_values[i];
            }
            i++;
        }
        k++;
    }
    memcpy(keys + k, st->tmp_keys + i, (size_t)(n1 - i) * sizeof(KrObject *));
    if (values != NULL) {
        memcpy(values + k, st->tmp_values + i, (size_t)(n1 - i) * sizeof(KrObject *));
    }
    return rc;
}

// Depth-first merging: runs are pushed in order and the top two are merged
// as soon as they span the same number of base runs, like a binary counter.
// Every merge then works on data that was just touched (still in cache),
// unlike bottom-up passes over the whole array; stability is unchanged since
// only neighbouring runs are merged, left with right.
static int merge_sort(SortState *st, intptr_t n)
{
    intptr_t run_lo[64], run_hi[64];
    int run_level[64];
    int top = 0;
    for (intptr_t lo = 0; lo < n; lo += MIN_RUN) {
        intptr_t hi = lo + MIN_RUN < n ? lo + MIN_RUN : n;
        if (binary_insertion(st, lo, hi, lo + 1) < 0) {
            return -1;
        }
        run_lo[top] = lo;
        run_hi[top] = hi;
        run_level[top] = 0;
        top++;
        while (top >= 2 && run_level[top - 1] == run_level[top - 2]) {
            if (merge_runs(st, run_lo[top - 2], run_lo[top - 1], run_hi[top - 1]) < 0) {
                return -1;
            }
            run_hi[top - 2] = run_hi[top - 1];
            run_level[top - 2]++;
            top--;
        }
    }
    // What is left has strictly decreasing sizes: merge from the right.
    while (top >= 2) {
        if (merge_runs(st, run_lo[top - 2], run_lo[top - 1], run_hi[top - 1]) < 0) {
            return -1;
        }
        run_hi[top - 2] = run_hi[top - 1];
        top--;
    }
    return 0;
}

// While sorting, the list looks empty (allocated -1 marks "sort running"), so
// that code run by comparisons cannot see half-sorted data; any change it
// makes is detected afterwards and reported, as CPython does.
int kr_list_sort(KrThread *ts, KrObject *list, KrObject *key, bool reverse)
{
    KrList *l = (KrList *)list;
    KrObject **items = l->items;
    intptr_t n = l->size;
    intptr_t saved_allocated = l->allocated;
    l->items = NULL;
    l->size = 0;
    l->allocated = -1;

    int rc = 0;
    KrObject **keys = NULL;
    KrObject **tmp = NULL;
    intptr_t nkeys = 0;
    if (key == KR_NONE) {
        key = NULL;
    }
    if (key != NULL && n > 0) {
        keys = kr_mem_alloc(ts, (size_t)n * sizeof(KrObject *));
        if (keys == NULL) {
            rc = -1;
            goto done;
        }
        for (; nkeys < n; nkeys++) {
            keys[nkeys] = kr_call1(ts, key, items[nkeys]);
            if (keys[nkeys] == NULL) {
                rc = -1;
                goto done;
            }
        }
    }
    if (n < 2) {
        goto done;
    }
    // Reversing before and after keeps equal items in their original order.
    if (reverse) {
        for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
            KrObject *t = items[i];
            items[i] = items[j];
            items[j] = t;
            if (keys != NULL) {
                t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }
    }
    SortState st = {ts, CMP_GENERIC, keys != NULL ? keys : items, keys != NULL ? items : NULL, NULL, NULL};
    st.kind = pick_kind(st.keys, n);
    // The left run of the last merge can hold up to n - 1 items.
    intptr_t half = n;
    tmp = kr_mem_alloc(ts, (size_t)half * 2 * sizeof(KrObject *));
    if (tmp == NULL) {
        rc = -1;
    } else {
        st.tmp_keys = tmp;
        st.tmp_values = tmp + half;
        rc = merge_sort(&st, n);
    }
    if (reverse) {
        for (intptr_t i = 0, j = n - 1; i < j; i++, j--) {
            KrObject *t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

done:
    kr_mem_free(ts, tmp);
    if (keys != NULL) {
        for (intptr_t i = 0; i < nkeys; i++) {
            KR_DECREF(ts, keys[i]);
        }
        kr_mem_free(ts, keys);
    }
    KrObject **final_items = l->items;
    intptr_t final_size = l->size;
    bool modified = l->allocated != -1;
    l->items = items;
    l->size = n;
    l->allocated = saved_allocated;
    if (modified && rc == 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "list modified during sort");
        rc = -1;
    }
    if (final_items != NULL) {
        while (--final_size >= 0) {
            KR_XDECREF(ts, final_items[final_size]);
        }
        kr_mem_free(ts, final_items);
    }
    return rc;
}
