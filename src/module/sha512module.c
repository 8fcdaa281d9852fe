// SPDX-License-Identifier: MIT
// The _sha512 module: SHA-512 and SHA-384 (FIPS 180-4) hash objects, which
// Lib/random.py uses to turn str and bytes seeds into ints.
#include <string.h>

#include "../object/bytes.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// The round constants and initial values: the first 64 bits of the fractional
// parts of the cube roots of the first 80 primes, and of the square roots of
// the first 8 primes (SHA-512) or the 9th to 16th (SHA-384).
static const uint64_t round_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};

static const uint64_t init_512[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};

static const uint64_t init_384[8] = {
    0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
    0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull,
};

typedef struct KrSha512 {
    KrObject base;
    uint64_t h[8];
    uint64_t length_lo, length_hi; // message length in bytes (128-bit counter)
    uint8_t block[128];
    size_t used;                   // bytes waiting in block
    int digest_size;               // 64 (SHA-512) or 48 (SHA-384)
} KrSha512;

extern KrType kr_sha512_type, kr_sha384_type;

// ---- the compression function ---------------------------------------------------------

static uint64_t rotr(uint64_t x, int n) {
    return (x >> n) | (x << (64 - n));
}

static void compress(uint64_t h[8], const uint8_t *p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 8; j++) {
            v = (v << 8) | p[i * 8 + j];
        }
        w[i] = v;
    }
    for (int i = 16; i < 80; i++) {
        uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
        uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 80; i++) {
        uint64_t t1 = k + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + round_k[i] + w[i];
        uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += k;
}

static void sha_feed(KrSha512 *s, const uint8_t *p, size_t n) {
    uint64_t lo = s->length_lo + (uint64_t)n;
    s->length_hi += lo < s->length_lo;
    s->length_lo = lo;
    while (n > 0) {
        size_t take = sizeof s->block - s->used;
        if (take > n) {
            take = n;
        }
        memcpy(s->block + s->used, p, take);
        s->used += take;
        p += take;
        n -= take;
        if (s->used == sizeof s->block) {
            compress(s->h, s->block);
            s->used = 0;
        }
    }
}

// Pads a copy of the state and writes the digest to out (digest_size bytes).
static void sha_finish(const KrSha512 *s, uint8_t *out) {
    uint64_t h[8];
    uint8_t block[128];
    memcpy(h, s->h, sizeof h);
    memcpy(block, s->block, sizeof block);
    size_t used = s->used;
    block[used++] = 0x80;
    if (used > 112) {
        memset(block + used, 0, sizeof block - used);
        compress(h, block);
        used = 0;
    }
    memset(block + used, 0, 112 - used);
    uint64_t bits_hi = (s->length_hi << 3) | (s->length_lo >> 61), bits_lo = s->length_lo << 3;
    for (int i = 0; i < 8; i++) {
        block[112 + i] = (uint8_t)(bits_hi >> (56 - 8 * i));
        block[120 + i] = (uint8_t)(bits_lo >> (56 - 8 * i));
    }
    compress(h, block);
    for (int i = 0; i < s->digest_size; i++) {
        out[i] = (uint8_t)(h[i / 8] >> (56 - 8 * (i % 8)));
    }
}

// ---- hash objects ---------------------------------------------------------------------

static int feed_object(KrThread *ts, KrSha512 *s, KrObject *data) {
    if (kr_str_check(data)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    const char *p;
    intptr_t n;
    int r = kr_bytes_buffer(ts, data, &p, &n);
    if (r <= 0) {
        if (r == 0) {
            kr_err_set_str(ts, &kr_exc_TypeError, "object supporting the buffer API required");
        }
        return -1;
    }
    sha_feed(s, (const uint8_t *)p, (size_t)n);
    return 0;
}

static KrSha512 *sha_alloc(KrThread *ts, KrType *type) {
    KrSha512 *s = (KrSha512 *)kr_object_alloc(ts, type, sizeof(KrSha512));
    if (!s) {
        return NULL;
    }
    bool is384 = type == &kr_sha384_type;
    memcpy(s->h, is384 ? init_384 : init_512, sizeof s->h);
    s->length_lo = s->length_hi = 0;
    s->used = 0;
    s->digest_size = is384 ? 48 : 64;
    return s;
}

static KrObject *sha_update(KrThread *ts, KrObject *self, KrObject *data) {
    if (feed_object(ts, (KrSha512 *)self, data) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

static KrObject *sha_digest(KrThread *ts, KrObject *self) {
    uint8_t out[64];
    KrSha512 *s = (KrSha512 *)self;
    sha_finish(s, out);
    return kr_bytes_from(ts, (const char *)out, (size_t)s->digest_size);
}

static KrObject *sha_hexdigest(KrThread *ts, KrObject *self) {
    static const char hex[] = "0123456789abcdef";
    uint8_t out[64];
    char text[128];
    KrSha512 *s = (KrSha512 *)self;
    sha_finish(s, out);
    for (int i = 0; i < s->digest_size; i++) {
        text[2 * i] = hex[out[i] >> 4];
        text[2 * i + 1] = hex[out[i] & 15];
    }
    return kr_str_from_utf8(ts, text, (size_t)s->digest_size * 2);
}

static KrObject *sha_copy(KrThread *ts, KrObject *self) {
    KrSha512 *c = (KrSha512 *)kr_object_alloc(ts, KR_TYPE(self), sizeof(KrSha512));
    if (c) {
        memcpy((char *)c + sizeof(KrObject), (char *)self + sizeof(KrObject), sizeof(KrSha512) - sizeof(KrObject));
    }
    return (KrObject *)c;
}

static KrObject *sha_get_name(KrThread *ts, KrObject *self) {
    return kr_str_from_cstr(ts, ((KrSha512 *)self)->digest_size == 48 ? "sha384" : "sha512");
}

static KrObject *sha_get_digest_size(KrThread *ts, KrObject *self) {
    return kr_int_from_i64(ts, ((KrSha512 *)self)->digest_size);
}

static KrObject *sha_get_block_size(KrThread *ts, KrObject *self) {
    (void)self;
    return kr_int_from_i64(ts, 128);
}

static const KrMethodDef sha_methods[] = {
    {"copy", (void *)sha_copy, KR_METH_NOARGS, false, false, "Return a copy of the hash object."},
    {"digest", (void *)sha_digest, KR_METH_NOARGS, false, false, "Return the digest value as a bytes object."},
    {"hexdigest", (void *)sha_hexdigest, KR_METH_NOARGS, false, false,
     "Return the digest value as a string of hexadecimal digits."},
    {"update", (void *)sha_update, KR_METH_O, false, false, "Update this hash object's state with the provided string."},
    {NULL, NULL, 0, false, false, NULL},
};

static const KrGetSetDef sha_getsets[] = {
    {"name", sha_get_name, NULL, NULL},
    {"digest_size", sha_get_digest_size, NULL, NULL},
    {"block_size", sha_get_block_size, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_sha512_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_sha512.sha512",
    .basicsize = sizeof(KrSha512),
    .methods = sha_methods,
    .getsets = sha_getsets,
};

KrType kr_sha384_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_sha512.sha384",
    .basicsize = sizeof(KrSha512),
    .methods = sha_methods,
    .getsets = sha_getsets,
};

// ---- the module -----------------------------------------------------------------------

// sha512(string=b'', *, usedforsecurity=True) and sha384 alike.
static KrObject *make_hash(KrThread *ts, KrType *type, const char *fname, KrObject *const *args, size_t nargs,
                           KrObject *kwnames) {
    static const char *const names[] = {"string", "usedforsecurity", NULL};
    KrObject *argv[2] = {NULL, NULL};
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes at most 1 positional argument (%zu given)", fname, nargs);
        return NULL;
    }
    if (kr_modsupport_parse_old(ts, fname, args, nargs, kwnames, names, 0, argv) < 0) {
        return NULL;
    }
    KrSha512 *s = sha_alloc(ts, type);
    if (s && argv[0] && feed_object(ts, s, argv[0]) < 0) {
        KR_DECREF(ts, s);
        return NULL;
    }
    return (KrObject *)s;
}

static KrObject *sha512_new(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)mod;
    return make_hash(ts, &kr_sha512_type, "sha512", args, nargs, kwnames);
}

static KrObject *sha384_new(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)mod;
    return make_hash(ts, &kr_sha384_type, "sha384", args, nargs, kwnames);
}

static const KrMethodDef sha512_functions[] = {
    {"sha512", (void *)sha512_new, KR_METH_VARARGS, false, false, "Return a new SHA-512 hash object; optionally initialized with a string."},
    {"sha384", (void *)sha384_new, KR_METH_VARARGS, false, false, "Return a new SHA-384 hash object; optionally initialized with a string."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_sha512_module_create(KrThread *ts) {
    KrObject *m = kr_modsupport_module(ts, "_sha512", NULL, sha512_functions, NULL);
    if (m && kr_modsupport_add(ts, m, "SHA384Type", KR_INCREF((KrObject *)&kr_sha384_type)) < 0) {
        KR_DECREF(ts, m);
        return NULL;
    }
    return m;
}
