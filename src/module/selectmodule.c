// SPDX-License-Identifier: MIT
// The select module: select(), poll objects and (where the host has it) epoll,
// over port/port_select.c, with CPython 3.11's arguments and messages.
#include <errno.h>
#include <math.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"
#include "io_impl.h"
#include "modsupport.h"
#include "modules.h"
#include "selectmodule.h"

// ---- conversions shared with select_epoll.c ---------------------------------------------

int kr_selectmodule_fd(KrThread *ts, KrObject *o, int *fd) {
    KrObject *num = NULL;
    if (kr_int_check(o)) {
        num = KR_INCREF(o);
    } else {
        KrObject *name = kr_str_from_cstr(ts, "fileno");
        KrObject *meth = name ? kr_getattr_opt(ts, o, name) : NULL;
        KR_XDECREF(ts, name);
        if (!meth) {
            if (!kr_err_occurred(ts)) {
                kr_err_set_str(ts, &kr_exc_TypeError, "argument must be an int, or have a fileno() method.");
            }
            return -1;
        }
        num = kr_call0(ts, meth);
        KR_DECREF(ts, meth);
        if (!num) {
            return -1;
        }
        if (!kr_int_check(num)) {
            KR_DECREF(ts, num);
            kr_err_set_str(ts, &kr_exc_TypeError, "fileno() returned a non-integer");
            return -1;
        }
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(num, &overflow);
    KR_DECREF(ts, num);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    if (v < 0) {
        kr_err_format(ts, &kr_exc_ValueError, "file descriptor cannot be a negative integer (%d)", (int)v);
        return -1;
    }
    *fd = (int)v;
    return 0;
}

int kr_selectmodule_ms(KrThread *ts, int64_t ns, int *ms) {
    int64_t q = ns / 1000000;
    if (ns % 1000000 != 0) {
        q += ns > 0 ? 1 : -1;
    }
    if (q > INT32_MAX || q < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "timeout is too large");
        return -1;
    }
    *ms = q < 0 ? -1 : (int)q;
    return 0;
}

KrObject *kr_selectmodule_raise(KrThread *ts, int neg_err) {
    return kr_io_module_raise_errno(ts, neg_err, NULL);
}

int kr_selectmodule_eintr(int neg_err) {
    return neg_err < 0 && kr_port_errno_linux(-neg_err) == 4;
}

int64_t kr_selectmodule_constant(const KrPortNamedInt *table, const char *name) {
    for (; table->name; table++) {
        if (!strcmp(table->name, name)) {
            return table->value;
        }
    }
    return 0;
}

int64_t kr_selectmodule_left(int64_t deadline) {
    int64_t left = deadline - kr_port_clock_ns(KR_CLOCK_MONOTONIC);
    return left < 0 ? 0 : left;
}

// ---- select() -----------------------------------------------------------------------------

// The three lists of a select() call: the objects given and their descriptors.
typedef struct SelectArgs {
    KrObject *lists[3];  // each a list of the objects given
    KrPortSelectFd *fds; // one entry per object, list after list
    size_t n;
} SelectArgs;

// Takes the objects of one argument (any iterable, as PySequence_Fast) into args.
static int select_collect(KrThread *ts, SelectArgs *args, int which, KrObject *seq) {
    KrObject *it = kr_iter(ts, seq);
    if (!it) {
        if (kr_err_matches(ts, &kr_exc_TypeError)) {
            kr_err_clear(ts);
            kr_err_set_str(ts, &kr_exc_TypeError, "arguments 1-3 must be sequences");
        }
        return -1;
    }
    KrObject *list = kr_list_from_iterable(ts, it);
    KR_DECREF(ts, it);
    if (!list) {
        return -1;
    }
    args->lists[which] = list;
    intptr_t count = KR_LIST_SIZE(list);
    KrPortSelectFd *grown = kr_mem_realloc(ts, args->fds, (args->n + (size_t)count + 1) * sizeof(KrPortSelectFd));
    if (!grown) {
        return -1;
    }
    args->fds = grown;
    int setsize = kr_port_select_setsize();
    for (intptr_t i = 0; i < count; i++) {
        int fd;
        if (kr_selectmodule_fd(ts, KR_LIST_ITEMS(list)[i], &fd) < 0) {
            return -1;
        }
        if (fd >= setsize) {
            kr_err_set_str(ts, &kr_exc_ValueError, "filedescriptor out of range in select()");
            return -1;
        }
        args->fds[args->n++] = (KrPortSelectFd){.fd = fd, .set = (unsigned char)which, .ready = 0};
    }
    return 0;
}

// The ready objects of one list, in the order given (duplicates included).
static KrObject *select_ready(KrThread *ts, SelectArgs *args, int which) {
    KrObject *out = kr_list_new(ts, 0);
    KrObject *list = args->lists[which];
    size_t k = 0;
    while (k < args->n && args->fds[k].set != which) {
        k++;
    }
    for (intptr_t i = 0; out && i < KR_LIST_SIZE(list); i++, k++) {
        if (args->fds[k].ready && kr_list_append(ts, out, KR_LIST_ITEMS(list)[i]) < 0) {
            KR_CLEAR(ts, out);
        }
    }
    return out;
}

static KrObject *select_select(KrThread *ts, KrObject *self, KrObject *const *argv, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (kr_modsupport_no_kwargs(ts, "select.select", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "select", nargs, 3, 4) < 0) {
        return NULL;
    }
    int64_t timeout = -1;
    if (nargs == 4 && argv[3] != KR_NONE) {
        if (kr_modsupport_timeout_ns(ts, argv[3], 1000000000, "timeout must be a float or None", &timeout) < 0) {
            return NULL;
        }
        if (timeout < 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "timeout must be non-negative");
            return NULL;
        }
    }
    SelectArgs args = {{NULL, NULL, NULL}, NULL, 0};
    KrObject *result = NULL, *ready[3] = {NULL, NULL, NULL};
    for (int which = 0; which < 3; which++) {
        if (select_collect(ts, &args, which, argv[which]) < 0) {
            goto error;
        }
    }
    int64_t deadline = timeout < 0 ? 0 : kr_port_clock_ns(KR_CLOCK_MONOTONIC) + timeout;
    int rc;
    for (;;) {
        int64_t us = timeout < 0 ? -1 : (timeout + 999) / 1000;
        rc = kr_port_select(args.fds, args.n, us);
        if (!kr_selectmodule_eintr(rc)) {
            break;
        }
        timeout = timeout < 0 ? timeout : kr_selectmodule_left(deadline);
    }
    if (rc < 0) {
        kr_selectmodule_raise(ts, rc);
        goto error;
    }
    for (int which = 0; which < 3; which++) {
        if (!(ready[which] = select_ready(ts, &args, which))) {
            goto error;
        }
    }
    result = kr_tuple_pack(ts, 3, ready[0], ready[1], ready[2]);
error:
    for (int which = 0; which < 3; which++) {
        KR_XDECREF(ts, args.lists[which]);
        KR_XDECREF(ts, ready[which]);
    }
    kr_mem_free(ts, args.fds);
    return result;
}

// ---- poll objects -------------------------------------------------------------------------

typedef struct KrPoll {
    KrObject base;
    KrObject *fds; // dict {fd: event mask}, in registration order (as CPython's)
} KrPoll;

static KrObject *poll_make(KrThread *ts, KrObject *module) {
    (void)module;
    KrPoll *p = (KrPoll *)kr_object_alloc(ts, &kr_select_poll_type, sizeof(KrPoll));
    if (p && !(p->fds = kr_dict_new(ts))) {
        KR_CLEAR(ts, p);
    }
    return (KrObject *)p;
}

static KrObject *poll_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    kr_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return NULL;
}

static void poll_dealloc(KrThread *ts, KrObject *self) {
    KR_XDECREF(ts, ((KrPoll *)self)->fds);
    kr_object_free(ts, self);
}

// An event mask as C's unsigned short (CPython's _PyLong_UnsignedShort_Converter).
static int poll_mask(KrThread *ts, KrObject *o, int *mask) {
    if (!kr_int_check(o)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    int overflow = 0;
    uint64_t v = kr_int_as_u64(o, &overflow);
    if (overflow < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "value must be positive");
        return -1;
    }
    if (overflow > 0) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C unsigned long");
        return -1;
    }
    if (v > 0xffff) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large for C unsigned short");
        return -1;
    }
    *mask = (int)v;
    return 0;
}

// Records fd -> mask; with must_exist, ENOENT for a descriptor not registered (modify()).
static KrObject *poll_set(KrThread *ts, KrObject *self, KrObject *fd_obj, KrObject *mask_obj, bool must_exist) {
    KrPoll *p = (KrPoll *)self;
    int fd, mask;
    if (kr_selectmodule_fd(ts, fd_obj, &fd) < 0 || poll_mask(ts, mask_obj, &mask) < 0) {
        return NULL;
    }
    KrObject *key = kr_int_from_i64(ts, fd);
    KrObject *value = key ? kr_int_from_i64(ts, mask) : NULL;
    int rc = value ? 0 : -1;
    if (rc == 0 && must_exist) {
        rc = kr_dict_contains(ts, p->fds, key);
        if (rc == 0) {
            kr_selectmodule_raise(ts, -ENOENT); // the host errno.h code
            rc = -1;
        }
    }
    if (rc >= 0) {
        rc = kr_dict_set_item(ts, p->fds, key, value);
    }
    KR_XDECREF(ts, key);
    KR_XDECREF(ts, value);
    return rc < 0 ? NULL : KR_INCREF(KR_NONE);
}

static KrObject *poll_register(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "poll.register", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "register", nargs, 1, 2) < 0) {
        return NULL;
    }
    KrObject *mask = NULL;
    if (nargs == 1) {
        int64_t bits = kr_selectmodule_constant(kr_port_select_constants, "POLLIN") |
                       kr_selectmodule_constant(kr_port_select_constants, "POLLPRI") |
                       kr_selectmodule_constant(kr_port_select_constants, "POLLOUT");
        if (!(mask = kr_int_from_i64(ts, bits))) {
            return NULL;
        }
    }
    KrObject *r = poll_set(ts, self, args[0], mask ? mask : args[1], false);
    KR_XDECREF(ts, mask);
    return r;
}

static KrObject *poll_modify(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "poll.modify", kwnames) < 0 || kr_modsupport_nargs(ts, "modify", nargs, 2, 2) < 0) {
        return NULL;
    }
    return poll_set(ts, self, args[0], args[1], true);
}

static KrObject *poll_unregister(KrThread *ts, KrObject *self, KrObject *fd_obj) {
    int fd;
    if (kr_selectmodule_fd(ts, fd_obj, &fd) < 0) {
        return NULL;
    }
    KrObject *key = kr_int_from_i64(ts, fd);
    int rc = key ? kr_dict_del_item(ts, ((KrPoll *)self)->fds, key) : -1;
    KR_XDECREF(ts, key);
    return rc < 0 ? NULL : KR_INCREF(KR_NONE);
}

// The (fd, revents) pairs of the descriptors with events, in registration order.
static KrObject *poll_results(KrThread *ts, const KrPortPollFd *fds, size_t n) {
    KrObject *out = kr_list_new(ts, 0);
    for (size_t i = 0; out && i < n; i++) {
        if (fds[i].revents == 0) {
            continue;
        }
        KrObject *fd = kr_int_from_i64(ts, fds[i].fd);
        KrObject *ev = fd ? kr_int_from_i64(ts, (uint16_t)fds[i].revents) : NULL;
        KrObject *pair = ev ? kr_tuple_pack(ts, 2, fd, ev) : NULL;
        if (!pair || kr_list_append(ts, out, pair) < 0) {
            KR_CLEAR(ts, out);
        }
        KR_XDECREF(ts, fd);
        KR_XDECREF(ts, ev);
        KR_XDECREF(ts, pair);
    }
    return out;
}

static KrObject *poll_poll(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrPoll *p = (KrPoll *)self;
    if (kr_modsupport_no_kwargs(ts, "poll.poll", kwnames) < 0 || kr_modsupport_nargs(ts, "poll", nargs, 0, 1) < 0) {
        return NULL;
    }
    int64_t timeout = -1;
    int ms = -1;
    if (nargs == 1 && args[0] != KR_NONE &&
        (kr_modsupport_timeout_ns(ts, args[0], 1000000, "timeout must be an integer or None", &timeout) < 0 ||
         kr_selectmodule_ms(ts, timeout, &ms) < 0)) {
        return NULL;
    }
    size_t n = (size_t)kr_dict_size(p->fds);
    KrPortPollFd *fds = kr_mem_alloc(ts, (n + 1) * sizeof(KrPortPollFd));
    if (!fds) {
        return NULL;
    }
    intptr_t pos = 0;
    KrObject *key, *value;
    for (size_t i = 0; kr_dict_next(p->fds, &pos, &key, &value) && i < n; i++) {
        int overflow = 0;
        fds[i] = (KrPortPollFd){.fd = (int)kr_int_as_i64(key, &overflow),
                                .events = (short)kr_int_as_i64(value, &overflow),
                                .revents = 0};
    }
    int64_t deadline = ms < 0 ? 0 : kr_port_clock_ns(KR_CLOCK_MONOTONIC) + timeout;
    int rc;
    while (kr_selectmodule_eintr(rc = kr_port_poll(fds, n, ms))) {
        if (ms >= 0) {
            kr_selectmodule_ms(ts, kr_selectmodule_left(deadline), &ms);
        }
    }
    KrObject *result = rc < 0 ? kr_selectmodule_raise(ts, rc) : poll_results(ts, fds, n);
    kr_mem_free(ts, fds);
    return result;
}

static const KrMethodDef poll_methods[] = {
    {"register", (void *)poll_register, KR_METH_VARARGS, false, false,
     "Register a file descriptor with the polling object."},
    {"modify", (void *)poll_modify, KR_METH_VARARGS, false, false,
     "Modify an already registered file descriptor."},
    {"unregister", (void *)poll_unregister, KR_METH_O, false, false,
     "Remove a file descriptor being tracked by the polling object."},
    {"poll", (void *)poll_poll, KR_METH_VARARGS, false, false,
     "Polls the set of registered file descriptors; returns a list of (fd, event) 2-tuples."},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_select_poll_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "select.poll",
    .basicsize = sizeof(KrPoll),
    .new_ = poll_new,
    .dealloc = poll_dealloc,
    .methods = poll_methods,
};

// ---- the module ---------------------------------------------------------------------------

static const KrMethodDef select_functions[] = {
    {"select", (void *)select_select, KR_METH_VARARGS, false, false,
     "Wait until one or more file descriptors are ready for some kind of I/O."},
    {"poll", (void *)poll_make, KR_METH_NOARGS, false, false,
     "Returns a polling object."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_select_module_create(KrThread *ts) {
    KrObject *m = kr_modsupport_module(ts, "select",
                                       "This module supports asynchronous I/O on multiple file descriptors.\n\n"
                                       "*** IMPORTANT NOTICE ***\n"
                                       "On Windows, only sockets are supported; on Unix, all file descriptors.",
                                       select_functions, NULL);
    if (!m || kr_modsupport_add(ts, m, "error", KR_INCREF((KrObject *)&kr_exc_OSError)) < 0) {
        goto error;
    }
    if (kr_port_has_epoll() && kr_modsupport_add(ts, m, "epoll", KR_INCREF((KrObject *)&kr_select_epoll_type)) < 0) {
        goto error;
    }
    for (const KrPortNamedInt *c = kr_port_select_constants; c->name; c++) {
        if (!strncmp(c->name, "EPOLL", 5) && !kr_port_has_epoll()) {
            continue;
        }
        if (kr_modsupport_add(ts, m, c->name, kr_int_from_i64(ts, c->value)) < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
