// SPDX-License-Identifier: MIT
// The array module's shared layout: array.array keeps its items packed in native form.
#ifndef KR_ARRAY_H
#define KR_ARRAY_H

#include "../object/object.h"

// One typecode: its C item size and how an item reads and writes.
typedef struct KrArrayDesc {
    char code;
    unsigned char size;
    char kind; // 's' signed int, 'u' unsigned int, 'f' floating, 'c' unicode character
} KrArrayDesc;

typedef struct KrArray {
    KrObject base;
    const KrArrayDesc *desc;
    char *data;             // len * desc->size bytes (kr_mem), never NULL
    intptr_t len, alloc;    // items in use and allocated
    intptr_t exports;       // memoryviews over the items: no resizing while any exists
} KrArray;

extern KrType kr_array_type, kr_array_iter_type;

#define kr_array_check(o) kr_isinstance_type((o), &kr_array_type)
#define KR_ARRAY(o) ((KrArray *)(o))

// ---- array.c: storage and item conversion
const KrArrayDesc *kr_array_desc(char code); // NULL for a bad typecode
KrObject *kr_array_new(KrThread *ts, KrType *type, const KrArrayDesc *desc, intptr_t len);
int kr_array_resize(KrThread *ts, KrObject *a, intptr_t len);
KrObject *kr_array_get(KrThread *ts, KrObject *a, intptr_t i);             // a[i], 0 <= i < len
int kr_array_set(KrThread *ts, KrObject *a, intptr_t i, KrObject *v);      // a[i] = v with the typecode's checks
int kr_array_extend_iter(KrThread *ts, KrObject *a, KrObject *iterable);
int kr_array_extend_bytes(KrThread *ts, KrObject *a, const char *p, intptr_t n);
int kr_array_extend_unicode(KrThread *ts, KrObject *a, KrObject *s);
KrObject *kr_array_to_list(KrThread *ts, KrObject *a);

// ---- array_methods.c: the method table and the module
extern const KrMethodDef kr_array_methods[];
extern const KrGetSetDef kr_array_getsets[];

#endif
