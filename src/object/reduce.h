// SPDX-License-Identifier: MIT
// object.__reduce_ex__, __reduce__ and __getstate__ (reduce.c).
#ifndef KR_REDUCE_H
#define KR_REDUCE_H

#include "object.h"

// object.__reduce_ex__(protocol): the class's own __reduce__ if it has one,
// else copyreg's protocol 0/1 reduction or the __newobj__ one (protocol 2+).
KrObject *kr_reduce_ex(KrThread *ts, KrObject *self, KrObject *proto);
// object.__reduce__(): the protocol 0 reduction.
KrObject *kr_reduce_plain(KrThread *ts, KrObject *self);
// object.__getstate__(): the instance dict (None when empty), paired with a
// dict of the set __slots__ values when there are some.
KrObject *kr_reduce_getstate(KrThread *ts, KrObject *self);

#endif
