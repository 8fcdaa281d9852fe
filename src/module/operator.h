// SPDX-License-Identifier: MIT
// The _operator module: functions in operator.c, the getter types in operator_getters.c.
#ifndef KR_OPERATOR_H
#define KR_OPERATOR_H

#include "../object/object.h"

extern KrType kr_operator_itemgetter_type, kr_operator_attrgetter_type, kr_operator_methodcaller_type;

#endif
