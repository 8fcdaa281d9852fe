// SPDX-License-Identifier: MIT
// SipHash-1-3 (one compression round, three finalization rounds), as CPython 3.11.
#include "siphash.h"

#include <string.h>

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define SIPROUND(v0, v1, v2, v3) \
    do {                         \
        v0 += v1;                \
        v1 = ROTL(v1, 13);       \
        v1 ^= v0;                \
        v0 = ROTL(v0, 32);       \
        v2 += v3;                \
        v3 = ROTL(v3, 16);       \
        v3 ^= v2;                \
        v0 += v3;                \
        v3 = ROTL(v3, 21);       \
        v3 ^= v0;                \
        v2 += v1;                \
        v1 = ROTL(v1, 17);       \
        v1 ^= v2;                \
        v2 = ROTL(v2, 32);       \
    } while (0)

// Reads 8 bytes little-endian regardless of host order or alignment.
static uint64_t load_le64(const unsigned char *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = (v << 8) | p[i];
    }
    return v;
}

uint64_t kr_siphash13(const void *data, size_t len) {
    const uint64_t k0 = 0, k1 = 0;
    const unsigned char *in = (const unsigned char *)data;
    uint64_t b = (uint64_t)len << 56;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;

    while (len >= 8) {
        uint64_t m = load_le64(in);
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
        in += 8;
        len -= 8;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < len; i++) {
        t |= (uint64_t)in[i] << (8 * i);
    }
    b |= t;
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}
