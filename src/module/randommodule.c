// SPDX-License-Identifier: MIT
// The _random module: Random, a Mersenne Twister (MT19937) whose seeding and
// output match CPython's bit for bit, so Lib/random.py gives the same numbers.
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../port/port.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

#define MT_N 624
#define MT_M 397
#define MT_MATRIX_A 0x9908b0dfu
#define MT_UPPER 0x80000000u
#define MT_LOWER 0x7fffffffu

typedef struct KrRandom {
    KrObject base;
    int index;
    uint32_t state[MT_N];
} KrRandom;

extern KrType kr_random_type;

// ---- the generator ------------------------------------------------------------------

static void init_genrand(KrRandom *r, uint32_t s) {
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) {
        mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    }
    r->index = MT_N;
}

static void init_by_array(KrRandom *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->state;
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > len ? MT_N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000u; // the MSB is 1, assuring a non-zero initial array
}

static uint32_t twist(uint32_t a, uint32_t b, uint32_t c) {
    uint32_t y = (a & MT_UPPER) | (b & MT_LOWER);
    return c ^ (y >> 1) ^ ((y & 1u) ? MT_MATRIX_A : 0u);
}

static uint32_t genrand_uint32(KrRandom *r) {
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        int kk = 0;
        for (; kk < MT_N - MT_M; kk++) {
            mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + MT_M]);
        }
        for (; kk < MT_N - 1; kk++) {
            mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + (MT_M - MT_N)]);
        }
        mt[MT_N - 1] = twist(mt[MT_N - 1], mt[0], mt[MT_M - 1]);
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

// ---- ints as 32-bit words -------------------------------------------------------------

// |n| as little-endian 32-bit words (at least one); *len gets the count.
static uint32_t *int_to_words(KrThread *ts, KrObject *n, size_t *len) {
    const KrInt *v = (const KrInt *)n;
    size_t ndig = (size_t)(v->size < 0 ? -v->size : v->size);
    int64_t bits = kr_int_bit_length(n);
    size_t words = bits == 0 ? 1 : (size_t)((bits - 1) / 32 + 1);
    uint32_t *out = kr_mem_alloc(ts, words * sizeof(uint32_t));
    if (!out) {
        return NULL;
    }
    memset(out, 0, words * sizeof(uint32_t));
    for (size_t d = 0; d < ndig; d++) {
        uint64_t bit = (uint64_t)d * KR_INT_SHIFT;
        uint64_t chunk = (uint64_t)v->digits[d] << (bit % 32);
        size_t w = (size_t)(bit / 32);
        out[w] |= (uint32_t)chunk;
        if (w + 1 < words) {
            out[w + 1] |= (uint32_t)(chunk >> 32);
        }
    }
    *len = words;
    return out;
}

// The non-negative int whose little-endian 32-bit words are `words`.
static KrObject *int_from_words(KrThread *ts, const uint32_t *words, size_t len) {
    uint64_t nbits = (uint64_t)len * 32;
    intptr_t ndig = (intptr_t)((nbits + KR_INT_SHIFT - 1) / KR_INT_SHIFT);
    KrInt *v = kr_int_alloc(ts, ndig);
    if (!v) {
        return NULL;
    }
    for (intptr_t d = 0; d < ndig; d++) {
        uint64_t bit = (uint64_t)d * KR_INT_SHIFT;
        size_t w = (size_t)(bit / 32);
        uint64_t chunk = words[w];
        if (w + 1 < len) {
            chunk |= (uint64_t)words[w + 1] << 32;
        }
        v->digits[d] = (uint32_t)(chunk >> (bit % 32)) & KR_INT_MASK;
    }
    return kr_int_normalize(ts, v);
}

// ---- seeding --------------------------------------------------------------------------

// No seed: the clocks and the object's address, as CPython falls back to when
// urandom fails (the host has no entropy call in the port layer yet).
static void seed_from_time(KrRandom *r) {
    uint32_t key[5];
    int64_t wall = kr_port_clock_ns(KR_CLOCK_REALTIME);
    int64_t mono = kr_port_clock_ns(KR_CLOCK_MONOTONIC);
    uintptr_t addr = (uintptr_t)r;
    key[0] = (uint32_t)wall;
    key[1] = (uint32_t)((uint64_t)wall >> 32);
    key[2] = (uint32_t)mono;
    key[3] = (uint32_t)((uint64_t)mono >> 32);
    key[4] = (uint32_t)addr;
    init_by_array(r, key, 5);
}

static int random_seed_obj(KrThread *ts, KrRandom *r, KrObject *arg) {
    if (!arg || arg == KR_NONE) {
        seed_from_time(r);
        return 0;
    }
    KrObject *n;
    if (kr_int_check(arg)) {
        n = kr_int_exact(ts, arg);
    } else {
        // Anything else seeds by its hash, taken as an unsigned machine word.
        KrHash h = kr_hash(ts, arg);
        if (h == -1 && kr_err_occurred(ts)) {
            return -1;
        }
        n = kr_int_from_u64(ts, (uint64_t)h);
    }
    if (!n) {
        return -1;
    }
    size_t len = 0;
    uint32_t *key = int_to_words(ts, n, &len);
    KR_DECREF(ts, n);
    if (!key) {
        return -1;
    }
    init_by_array(r, key, len);
    kr_mem_free(ts, key);
    return 0;
}

// ---- slots and methods ----------------------------------------------------------------

static KrObject *random_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    KrRandom *r = (KrRandom *)kr_object_alloc(ts, type, type->basicsize);
    if (r) {
        r->index = MT_N;
    }
    return (KrObject *)r;
}

static int random_init(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if ((KR_TYPE(self) == &kr_random_type || KR_TYPE(self)->init == kr_random_type.init) &&
        kr_modsupport_no_kwargs(ts, "Random", kwnames) < 0) {
        return -1;
    }
    if (nargs > 1) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Random() requires 0 or 1 argument");
        return -1;
    }
    return random_seed_obj(ts, (KrRandom *)self, nargs ? args[0] : NULL);
}

static KrObject *random_seed(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "Random.seed", kwnames) < 0 || kr_modsupport_nargs(ts, "seed", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (random_seed_obj(ts, (KrRandom *)self, nargs ? args[0] : NULL) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *random_random(KrThread *ts, KrObject *self) {
    KrRandom *r = (KrRandom *)self;
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return kr_float_from_double(ts, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static KrObject *random_getrandbits(KrThread *ts, KrObject *self, KrObject *arg) {
    KrRandom *r = (KrRandom *)self;
    KrObject *n = kr_number_index(ts, arg);
    if (!n) {
        return NULL;
    }
    int overflow = 0;
    int64_t k = kr_int_as_i64(n, &overflow);
    KR_DECREF(ts, n);
    if (overflow || k > INT32_MAX || k < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    if (k < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "number of bits must be non-negative");
        return NULL;
    }
    if (k <= 32) {
        return kr_int_from_u64(ts, k == 0 ? 0 : genrand_uint32(r) >> (32 - k));
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = kr_mem_alloc(ts, words * sizeof(uint32_t));
    if (!buf) {
        return NULL;
    }
    // Fill from the least significant word; the last one keeps its top bits.
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t w = genrand_uint32(r);
        buf[i] = k < 32 ? w >> (32 - k) : w;
    }
    KrObject *res = int_from_words(ts, buf, words);
    kr_mem_free(ts, buf);
    return res;
}

static KrObject *random_getstate(KrThread *ts, KrObject *self) {
    KrRandom *r = (KrRandom *)self;
    KrObject *t = kr_tuple_new(ts, MT_N + 1);
    if (!t) {
        return NULL;
    }
    for (int i = 0; i <= MT_N; i++) {
        KrObject *v = kr_int_from_u64(ts, i < MT_N ? r->state[i] : (uint64_t)r->index);
        if (!v) {
            KR_DECREF(ts, t);
            return NULL;
        }
        KR_TUPLE_ITEMS(t)[i] = v;
    }
    return t;
}

// One state word: an unsigned machine word cut to 32 bits, as CPython does.
static int state_word(KrThread *ts, KrObject *o, uint64_t *out) {
    if (!kr_int_check(o)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_int_sign(o) < 0) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    if (kr_int_bit_length(o) > 64) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    const KrInt *v = (const KrInt *)o;
    uint64_t x = 0;
    for (intptr_t d = v->size; d > 0; d--) {
        x = (x << KR_INT_SHIFT) | v->digits[d - 1];
    }
    *out = x;
    return 0;
}

static KrObject *random_setstate(KrThread *ts, KrObject *self, KrObject *state) {
    KrRandom *r = (KrRandom *)self;
    if (!kr_tuple_check(state)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "state vector must be a tuple");
        return NULL;
    }
    if (KR_TUPLE_SIZE(state) != MT_N + 1) {
        kr_err_set_str(ts, &kr_exc_ValueError, "state vector is the wrong size");
        return NULL;
    }
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++) {
        uint64_t w;
        if (state_word(ts, KR_TUPLE_ITEMS(state)[i], &w) < 0) {
            return NULL;
        }
        words[i] = (uint32_t)w;
    }
    KrObject *last = KR_TUPLE_ITEMS(state)[MT_N];
    KrObject *n = kr_number_index(ts, last);
    if (!n) {
        return NULL;
    }
    int overflow = 0;
    int64_t index = kr_int_as_i64(n, &overflow);
    KR_DECREF(ts, n);
    if (overflow) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C long");
        return NULL;
    }
    if (index < 0 || index > MT_N) {
        kr_err_set_str(ts, &kr_exc_ValueError, "invalid state");
        return NULL;
    }
    memcpy(r->state, words, sizeof(words));
    r->index = (int)index;
    KR_RETURN_NONE;
}

static const KrMethodDef random_methods[] = {
    {"random", (void *)random_random, KR_METH_NOARGS, false, false, "random() -> x in the interval [0, 1)."},
    {"seed", (void *)random_seed, KR_METH_VARARGS, false, false, "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
    {"getstate", (void *)random_getstate, KR_METH_NOARGS, false, false, "getstate() -> tuple containing the current state."},
    {"setstate", (void *)random_setstate, KR_METH_O, false, false, "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", (void *)random_getrandbits, KR_METH_O, false, false, "getrandbits(k) -> x.  Generates an int with k random bits."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_random_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_random.Random",
    .basicsize = sizeof(KrRandom),
    .flags = KR_TYPE_BASETYPE,
    .doc = "Random() -> create a random number generator with its own internal state.",
    .new_ = random_new,
    .init = random_init,
    .methods = random_methods,
};

KrObject *kr_random_module_create(KrThread *ts) {
    static KrType *const types[] = {&kr_random_type, NULL};
    return kr_modsupport_module(ts, "_random", "Module implements the Mersenne Twister random number generator.", NULL,
                                types);
}
