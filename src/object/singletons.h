// SPDX-License-Identifier: MIT
// None, NotImplemented and Ellipsis: immortal static objects.
#ifndef KR_SINGLETONS_H
#define KR_SINGLETONS_H

#include "object.h"

extern KrObject kr_none_obj, kr_notimpl_obj, kr_ellipsis_obj;
extern KrType kr_none_type, kr_notimpl_type, kr_ellipsis_type;
#define KR_NONE (&kr_none_obj)
#define KR_NOTIMPL (&kr_notimpl_obj)
#define KR_ELLIPSIS (&kr_ellipsis_obj)
// Return a new reference to None (immortal, so no count change is needed).
#define KR_RETURN_NONE return KR_NONE

#endif
