// SPDX-License-Identifier: MIT
// SipHash-1-3 with an all-zero key: CPython's str/bytes hash under PYTHONHASHSEED=0.
#ifndef KR_SIPHASH_H
#define KR_SIPHASH_H

#include <stddef.h>
#include <stdint.h>

// The raw 64-bit SipHash-1-3 of data[0..len) with a 128-bit zero key. Callers
// turn it into a Python hash: an empty input hashes to 0 and -1 becomes -2.
uint64_t kr_siphash13(const void *data, size_t len);

#endif
