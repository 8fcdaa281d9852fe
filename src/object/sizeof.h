// SPDX-License-Identifier: MIT
// The sizes CPython 3.11 reports for objects (object.__sizeof__, sys.getsizeof).
#ifndef KR_SIZEOF_H
#define KR_SIZEOF_H

#include "object.h"

// o.__sizeof__() of a builtin layout: what CPython 3.11 returns on 64-bit.
int64_t kr_sizeof_object(KrThread *ts, KrObject *o);
// What sys.getsizeof adds to __sizeof__(): CPython's GC header and the
// managed-dict pointers of class instances.
int64_t kr_sizeof_presize(KrObject *o);
// CPython 3.11's tp_basicsize of `t` on 64 bits (type.__basicsize__).
int64_t kr_sizeof_basicsize(KrType *t);

#endif
