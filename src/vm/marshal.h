// SPDX-License-Identifier: MIT
// marshal: CPython's serialization format (version 4 type codes, FLAG_REF
// back-references) for constants, extended with Krait's own code objects.
#ifndef KR_MARSHAL_H
#define KR_MARSHAL_H

#include <stddef.h>

#include "vm.h"

#define KR_MARSHAL_VERSION 4

// Serializes `obj` as bytes. ValueError "unmarshallable object" for a type
// marshal does not know, "object too deeply nested to marshal" past the depth limit.
KrObject *kr_marshal_dumps(KrThread *ts, KrObject *obj, int version);

// Reads one object from data[0..len). *used (may be NULL) receives the number
// of bytes it took. Bad input raises ValueError("bad marshal data (...)"),
// EOFError or TypeError; the reader never reads outside the buffer.
KrObject *kr_marshal_loads(KrThread *ts, const char *data, size_t len, size_t *used);

#endif
