// SPDX-License-Identifier: MIT
// What the select module's files share: descriptor and timeout conversions
// with CPython's messages, and the epoll type (select_epoll.c).
#ifndef KR_SELECTMODULE_H
#define KR_SELECTMODULE_H

#include <stdint.h>

#include "../object/object.h"
#include "../port/port.h"

extern KrType kr_select_poll_type, kr_select_epoll_type;

// CPython's PyObject_AsFileDescriptor: an int, or what o.fileno() returns;
// TypeError for other objects, ValueError for a negative descriptor.
int kr_selectmodule_fd(KrThread *ts, KrObject *o, int *fd);
// Nanoseconds as C int milliseconds for poll(2) and epoll_wait(2), rounded
// away from zero; negative means forever (-1). OverflowError "timeout is too large".
int kr_selectmodule_ms(KrThread *ts, int64_t ns, int *ms);
// Raises OSError (the subclass for the errno) for a negative host errno; NULL.
KrObject *kr_selectmodule_raise(KrThread *ts, int neg_err);
// Whether a negative host errno is EINTR: PEP 475 retries the call (Krait's
// hosts deliver no signals to Python handlers, so nothing runs in between).
int kr_selectmodule_eintr(int neg_err);
// The value of `name` in a port table of constants (0 when the host lacks it).
int64_t kr_selectmodule_constant(const KrPortNamedInt *table, const char *name);
// Nanoseconds left until `deadline` on the monotonic clock (0 once it passed).
int64_t kr_selectmodule_left(int64_t deadline);

#endif
