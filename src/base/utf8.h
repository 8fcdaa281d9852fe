// SPDX-License-Identifier: MIT
// UTF-8 decoding, encoding and validation helpers (no Python meaning).
#ifndef KR_UTF8_H
#define KR_UTF8_H

#include <stddef.h>
#include <stdint.h>

// Encodes one code point (surrogates included, as CPython's "surrogatepass"
// would) into out[0..3]; returns the number of bytes written (1..4), or 0 for
// a value above U+10FFFF.
int kr_utf8_encode(uint32_t cp, char *out);

// Number of bytes kr_utf8_encode would write for cp.
int kr_utf8_encoded_len(uint32_t cp);

// Decodes one code point from s[0..len). On success returns the number of
// bytes consumed and stores the code point; on malformed input (bad lead byte,
// truncated sequence, overlong form, surrogate, value past U+10FFFF) returns
// 0 or a negative count whose absolute value is the number of bytes that form
// the invalid sequence (at least 1), as CPython's error ranges report.
int kr_utf8_decode(const char *s, size_t len, uint32_t *cp);

// Checks a whole buffer. Returns the offset of the first invalid byte, or
// `len` when valid. *max_cp (may be NULL) receives the largest code point seen
// and *count (may be NULL) the number of code points before the stop.
size_t kr_utf8_validate(const char *s, size_t len, uint32_t *max_cp, size_t *count);

#endif
