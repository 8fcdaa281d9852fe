// SPDX-License-Identifier: MIT
// bytes: immutable byte strings.
#ifndef KR_BYTES_H
#define KR_BYTES_H

#include "object.h"

typedef struct KrBytes {
    KrObject base;
    intptr_t size;
    KrHash hash;      // -1 until computed
    char data[1];     // size bytes + NUL
} KrBytes;

extern KrType kr_bytes_type;
#define kr_bytes_check(o) kr_isinstance_type((o), &kr_bytes_type)
#define KR_BYTES_SIZE(o) (((KrBytes *)(o))->size)
#define KR_BYTES_DATA(o) (((KrBytes *)(o))->data)

KrObject *kr_bytes_from(KrThread *ts, const char *s, size_t len);

#endif
