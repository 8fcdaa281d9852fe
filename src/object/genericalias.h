// SPDX-License-Identifier: MIT
// types.GenericAlias (genericalias.c).
#ifndef KR_GENERICALIAS_H
#define KR_GENERICALIAS_H

#include "object.h"

extern KrType kr_genericalias_type;
// origin[args]: args is the subscript (a tuple gives several arguments).
KrObject *kr_genericalias_new(KrThread *ts, KrObject *origin, KrObject *args);

#endif
