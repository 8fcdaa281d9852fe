// SPDX-License-Identifier: MIT
// select.epoll: an edge- or level-triggered epoll descriptor (Linux only; the
// module exposes the type where kr_port_has_epoll says the host has it).
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "selectmodule.h"

typedef struct KrEpoll {
    KrObject base;
    int epfd; // -1 once closed
} KrEpoll;

enum { EPOLL_ADD, EPOLL_MODIFY, EPOLL_DELETE };

static KrObject *closed_error(KrThread *ts) {
    kr_err_set_str(ts, &kr_exc_ValueError, "I/O operation on closed epoll object");
    return NULL;
}

static KrObject *epoll_wrap(KrThread *ts, KrType *type, int epfd) {
    KrEpoll *e = (KrEpoll *)kr_object_alloc(ts, type, sizeof(KrEpoll));
    if (e) {
        e->epfd = epfd;
    } else {
        kr_port_fd_close(epfd);
    }
    return (KrObject *)e;
}

static KrObject *epoll_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"sizehint", "flags", NULL};
    KrObject *a[2] = {NULL, NULL};
    int sizehint = -1, flags = 0;
    if (kr_modsupport_parse_old(ts, "epoll", args, nargs, kwnames, names, 0, a) < 0 ||
        (a[0] && kr_index_as_int(ts, a[0], &sizehint) < 0) || (a[1] && kr_index_as_int(ts, a[1], &flags) < 0)) {
        return NULL;
    }
    if (sizehint != -1 && sizehint <= 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "negative sizehint");
        return NULL;
    }
    // The descriptor is always close-on-exec, so EPOLL_CLOEXEC is the one flag allowed.
    if (flags && flags != kr_selectmodule_constant(kr_port_select_constants, "EPOLL_CLOEXEC")) {
        kr_err_set_str(ts, &kr_exc_OSError, "invalid flags");
        return NULL;
    }
    int epfd = kr_port_epoll_create();
    if (epfd < 0) {
        return kr_selectmodule_raise(ts, epfd);
    }
    return epoll_wrap(ts, type, epfd);
}

static void epoll_dealloc(KrThread *ts, KrObject *self) {
    KrEpoll *e = (KrEpoll *)self;
    if (e->epfd >= 0) {
        kr_port_fd_close(e->epfd);
    }
    kr_object_free(ts, self);
}

static KrObject *epoll_close(KrThread *ts, KrObject *self) {
    KrEpoll *e = (KrEpoll *)self;
    // As CPython's, close() reports no error from close(2).
    if (e->epfd >= 0) {
        kr_port_fd_close(e->epfd);
        e->epfd = -1;
    }
    KR_RETURN_NONE;
}

static KrObject *epoll_get_closed(KrThread *ts, KrObject *self) {
    (void)ts;
    return kr_bool_from(((KrEpoll *)self)->epfd < 0);
}

static KrObject *epoll_fileno(KrThread *ts, KrObject *self) {
    KrEpoll *e = (KrEpoll *)self;
    return e->epfd < 0 ? closed_error(ts) : kr_int_from_i64(ts, e->epfd);
}

static KrObject *epoll_fromfd(KrThread *ts, KrObject *type, KrObject *fd_obj) {
    int fd;
    if (kr_index_as_int(ts, fd_obj, &fd) < 0) {
        return NULL;
    }
    return epoll_wrap(ts, (KrType *)type, fd);
}

// An event mask as C's unsigned int, keeping the low 32 bits of any int
// (CPython's "I" format).
static int event_mask(KrThread *ts, KrObject *o, uint32_t *mask) {
    KrObject *n = kr_number_index(ts, o);
    if (!n) {
        return -1;
    }
    int overflow = 0;
    int64_t v = kr_int_as_i64(n, &overflow);
    if (overflow) {
        KrObject *low = kr_int_from_i64(ts, 0xffffffff);
        KrObject *bits = low ? kr_binop(ts, n, low, KR_BINOP_AND) : NULL;
        v = bits ? kr_int_as_i64(bits, &overflow) : 0;
        KR_XDECREF(ts, low);
        KR_XDECREF(ts, bits);
        if (!bits) {
            KR_DECREF(ts, n);
            return -1;
        }
    }
    KR_DECREF(ts, n);
    *mask = (uint32_t)v;
    return 0;
}

// register / modify / unregister: fd and mask converted first, then the closed check.
static KrObject *epoll_ctl(KrThread *ts, KrObject *self, int op, KrObject *fd_obj, KrObject *mask_obj) {
    KrEpoll *e = (KrEpoll *)self;
    int fd;
    uint32_t mask = 0;
    if (kr_selectmodule_fd(ts, fd_obj, &fd) < 0) {
        return NULL;
    }
    if (mask_obj && event_mask(ts, mask_obj, &mask) < 0) {
        return NULL;
    }
    if (op == EPOLL_ADD && !mask_obj) {
        mask = (uint32_t)(kr_selectmodule_constant(kr_port_select_constants, "EPOLLIN") |
                          kr_selectmodule_constant(kr_port_select_constants, "EPOLLPRI") |
                          kr_selectmodule_constant(kr_port_select_constants, "EPOLLOUT"));
    }
    if (e->epfd < 0) {
        return closed_error(ts);
    }
    int rc = kr_port_epoll_ctl(e->epfd, op, fd, mask);
    if (rc < 0) {
        return kr_selectmodule_raise(ts, rc);
    }
    KR_RETURN_NONE;
}

static const char *const fd_mask_names[] = {"fd", "eventmask", NULL};

static KrObject *epoll_register(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *a[2] = {NULL, NULL};
    if (kr_modsupport_parse_old(ts, "register", args, nargs, kwnames, fd_mask_names, 1, a) < 0) {
        return NULL;
    }
    return epoll_ctl(ts, self, EPOLL_ADD, a[0], a[1]);
}

static KrObject *epoll_modify(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrObject *a[2] = {NULL, NULL};
    if (kr_modsupport_parse_old(ts, "modify", args, nargs, kwnames, fd_mask_names, 2, a) < 0) {
        return NULL;
    }
    return epoll_ctl(ts, self, EPOLL_MODIFY, a[0], a[1]);
}

static KrObject *epoll_unregister(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                  KrObject *kwnames) {
    static const char *const names[] = {"fd", NULL};
    KrObject *a[1] = {NULL};
    if (kr_modsupport_parse_old(ts, "unregister", args, nargs, kwnames, names, 1, a) < 0) {
        return NULL;
    }
    return epoll_ctl(ts, self, EPOLL_DELETE, a[0], NULL);
}

// The (fd, events) pairs epoll_wait reported.
static KrObject *epoll_results(KrThread *ts, const KrPortEpollEvent *evs, int n) {
    KrObject *out = kr_list_new(ts, n);
    for (int i = 0; out && i < n; i++) {
        KrObject *fd = kr_int_from_i64(ts, evs[i].fd);
        KrObject *ev = fd ? kr_int_from_i64(ts, evs[i].events) : NULL;
        KrObject *pair = ev ? kr_tuple_pack(ts, 2, fd, ev) : NULL;
        KR_XDECREF(ts, fd);
        KR_XDECREF(ts, ev);
        if (!pair) {
            KR_CLEAR(ts, out);
            break;
        }
        KR_LIST_ITEMS(out)[i] = pair;
    }
    return out;
}

static KrObject *epoll_poll(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    static const char *const names[] = {"timeout", "maxevents", NULL};
    KrEpoll *e = (KrEpoll *)self;
    KrObject *a[2] = {NULL, NULL};
    int maxevents = -1, ms = -1;
    int64_t timeout = -1;
    if (kr_modsupport_parse_old(ts, "poll", args, nargs, kwnames, names, 0, a) < 0 ||
        (a[1] && kr_index_as_int(ts, a[1], &maxevents) < 0)) {
        return NULL;
    }
    if (e->epfd < 0) {
        return closed_error(ts);
    }
    if (a[0] && a[0] != KR_NONE &&
        (kr_modsupport_timeout_ns(ts, a[0], 1000000000, "timeout must be an integer or None", &timeout) < 0 ||
         kr_selectmodule_ms(ts, timeout, &ms) < 0)) {
        return NULL;
    }
    if (maxevents == -1) {
        maxevents = kr_port_select_setsize() - 1;
    } else if (maxevents < 1) {
        kr_err_format(ts, &kr_exc_ValueError, "maxevents must be greater than 0, got %d", maxevents);
        return NULL;
    }
    KrPortEpollEvent *evs = kr_mem_alloc(ts, (size_t)maxevents * sizeof(KrPortEpollEvent));
    if (!evs) {
        return NULL;
    }
    int64_t deadline = ms < 0 ? 0 : kr_port_clock_ns(KR_CLOCK_MONOTONIC) + timeout;
    int rc;
    while (kr_selectmodule_eintr(rc = kr_port_epoll_wait(e->epfd, evs, maxevents, ms))) {
        if (ms >= 0) {
            kr_selectmodule_ms(ts, kr_selectmodule_left(deadline), &ms);
        }
    }
    KrObject *result = rc < 0 ? kr_selectmodule_raise(ts, rc) : epoll_results(ts, evs, rc);
    kr_mem_free(ts, evs);
    return result;
}

static KrObject *epoll_enter(KrThread *ts, KrObject *self) {
    return ((KrEpoll *)self)->epfd < 0 ? closed_error(ts) : KR_INCREF(self);
}

static KrObject *epoll_exit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    if (kr_modsupport_no_kwargs(ts, "__exit__", kwnames) < 0 || kr_modsupport_nargs(ts, "__exit__", nargs, 0, 3) < 0) {
        return NULL;
    }
    return epoll_close(ts, self);
}

static const KrGetSetDef epoll_getsets[] = {
    {"closed", epoll_get_closed, NULL, "True if the epoll handler is closed"},
    {NULL, NULL, NULL, NULL},
};

static const KrMethodDef epoll_methods[] = {
    {"close", (void *)epoll_close, KR_METH_NOARGS, false, false, "Close the epoll control file descriptor."},
    {"fileno", (void *)epoll_fileno, KR_METH_NOARGS, false, false, "Return the epoll control file descriptor."},
    {"fromfd", (void *)epoll_fromfd, KR_METH_O, false, true, "Create an epoll object from a given control fd."},
    {"register", (void *)epoll_register, KR_METH_VARARGS, false, false,
     "Registers a new fd or raises an OSError if the fd is already registered."},
    {"modify", (void *)epoll_modify, KR_METH_VARARGS, false, false, "Modify event mask for a registered file descriptor."},
    {"unregister", (void *)epoll_unregister, KR_METH_VARARGS, false, false,
     "Remove a registered file descriptor from the epoll object."},
    {"poll", (void *)epoll_poll, KR_METH_VARARGS, false, false,
     "Wait for events on the epoll file descriptor; returns a list of (fd, events) 2-tuples."},
    {"__enter__", (void *)epoll_enter, KR_METH_NOARGS, false, false, NULL},
    {"__exit__", (void *)epoll_exit, KR_METH_VARARGS, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_select_epoll_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "select.epoll",
    .basicsize = sizeof(KrEpoll),
    .doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object.",
    .new_ = epoll_new,
    .dealloc = epoll_dealloc,
    .methods = epoll_methods,
    .getsets = epoll_getsets,
};
