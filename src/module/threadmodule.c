// SPDX-License-Identifier: MIT
// The _thread module for a VM built without threads (KRAIT_THREADS off): locks
// and RLocks owned by the one thread, thread-local objects, and the functions
// Lib/threading.py reads at import. Starting a thread raises RuntimeError.
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// CPython's TIMEOUT_MAX on 64-bit Linux: the largest timeout in microseconds
// a C long holds, in seconds.
#define TIMEOUT_MAX_SECONDS 9223372036.0

typedef struct KrLock {
    KrObject base;
    bool locked;
} KrLock;

typedef struct KrRLock {
    KrObject base;
    uintptr_t owner; // thread ident, 0 when free
    uint64_t count;
} KrRLock;

typedef struct KrLocal {
    KrObject base;
    KrObject *dict;
} KrLocal;

extern KrType kr_thread_lock_type, kr_thread_rlock_type, kr_thread_local_type;

// The ident of the only thread: stable for the run and never 0.
static uintptr_t thread_ident(KrThread *ts) {
    return (uintptr_t)ts;
}

// ---- acquire's arguments --------------------------------------------------------------

// A timeout in seconds: a float, or an int (other types are TypeErrors, as CPython's).
static double timeout_seconds(KrThread *ts, KrObject *o) {
    if (kr_float_check(o)) {
        return kr_float_as_double(ts, o);
    }
    KrObject *n = kr_number_index(ts, o);
    if (!n) {
        return -1.0;
    }
    int overflow = 0;
    double t = kr_int_as_double(ts, n, &overflow);
    KR_DECREF(ts, n);
    return t;
}

// Parses (blocking=True, timeout=-1); *timeout < 0 means "forever".
static int parse_acquire(KrThread *ts, const char *fname, KrObject *const *args, size_t nargs, KrObject *kwnames,
                         bool *blocking, double *timeout) {
    static const char *const names[] = {"blocking", "timeout", NULL};
    KrObject *argv[2] = {NULL, NULL};
    if (kr_modsupport_parse_old(ts, fname, args, nargs, kwnames, names, 0, argv) < 0) {
        return -1;
    }
    *blocking = true;
    *timeout = -1.0;
    if (argv[0]) {
        int b = kr_is_true(ts, argv[0]);
        if (b < 0) {
            return -1;
        }
        *blocking = b;
    }
    if (argv[1]) {
        double t = timeout_seconds(ts, argv[1]);
        if (t == -1.0 && kr_err_occurred(ts)) {
            return -1;
        }
        if (!*blocking && t != -1.0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "can't specify a timeout for a non-blocking call");
            return -1;
        }
        if (t < 0 && t != -1.0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "timeout value must be positive");
            return -1;
        }
        if (t * 1e9 >= 9223372036854775808.0) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
            return -1;
        }
        if (t > TIMEOUT_MAX_SECONDS) {
            kr_err_set_str(ts, &kr_exc_OverflowError, "timeout value is too large");
            return -1;
        }
        *timeout = t;
    }
    return 0;
}

// A held lock that only another thread could release: with a timeout the wait
// runs out and fails; waiting forever would hang the only thread, so it raises.
static KrObject *wait_for_other_thread(KrThread *ts, bool blocking, double timeout) {
    if (!blocking) {
        return KR_INCREF(KR_FALSE);
    }
    if (timeout < 0) {
        kr_err_set_str(ts, &kr_exc_RuntimeError,
                       "deadlock: lock is held and no other thread can release it (built without threads)");
        return NULL;
    }
    kr_port_sleep_ns((int64_t)(timeout * 1e9));
    return KR_INCREF(KR_FALSE);
}

// ---- lock -----------------------------------------------------------------------------

static KrObject *lock_make(KrThread *ts) {
    KrLock *l = (KrLock *)kr_object_alloc(ts, &kr_thread_lock_type, sizeof(KrLock));
    if (l) {
        l->locked = false;
    }
    return (KrObject *)l;
}

static KrObject *lock_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    kr_err_format(ts, &kr_exc_TypeError, "cannot create '%s' instances", type->name);
    return NULL;
}

static KrObject *lock_acquire(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrLock *l = (KrLock *)self;
    bool blocking;
    double timeout;
    if (parse_acquire(ts, "acquire", args, nargs, kwnames, &blocking, &timeout) < 0) {
        return NULL;
    }
    if (!l->locked) {
        l->locked = true;
        return KR_INCREF(KR_TRUE);
    }
    return wait_for_other_thread(ts, blocking, timeout);
}

static KrObject *lock_release(KrThread *ts, KrObject *self) {
    KrLock *l = (KrLock *)self;
    if (!l->locked) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "release unlocked lock");
        return NULL;
    }
    l->locked = false;
    KR_RETURN_NONE;
}

static KrObject *lock_exit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return lock_release(ts, self);
}

static KrObject *lock_locked(KrThread *ts, KrObject *self) {
    return kr_bool_from(((KrLock *)self)->locked);
}

static KrObject *lock_at_fork_reinit(KrThread *ts, KrObject *self) {
    (void)ts;
    ((KrLock *)self)->locked = false;
    KR_RETURN_NONE;
}

static KrObject *lock_repr(KrThread *ts, KrObject *self) {
    return kr_str_from_format(ts, "<%s %s object at %p>", ((KrLock *)self)->locked ? "locked" : "unlocked",
                              KR_TYPE(self)->name, (void *)self);
}

#define LOCK_ACQUIRE_DOC "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)"

static const KrMethodDef lock_methods[] = {
    {"acquire_lock", (void *)lock_acquire, KR_METH_VARARGS, false, false, LOCK_ACQUIRE_DOC},
    {"acquire", (void *)lock_acquire, KR_METH_VARARGS, false, false, LOCK_ACQUIRE_DOC},
    {"release_lock", (void *)lock_release, KR_METH_NOARGS, false, false, "release()"},
    {"release", (void *)lock_release, KR_METH_NOARGS, false, false, "release()\n(release_lock() is an obsolete synonym)"},
    {"locked_lock", (void *)lock_locked, KR_METH_NOARGS, false, false, "locked() -> bool"},
    {"locked", (void *)lock_locked, KR_METH_NOARGS, false, false, "locked() -> bool\n(locked_lock() is an obsolete synonym)"},
    {"__enter__", (void *)lock_acquire, KR_METH_VARARGS, false, false, LOCK_ACQUIRE_DOC},
    {"__exit__", (void *)lock_exit, KR_METH_VARARGS, false, false, "release()"},
    {"_at_fork_reinit", (void *)lock_at_fork_reinit, KR_METH_NOARGS, false, false, "_at_fork_reinit()"},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_thread_lock_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_thread.lock",
    .basicsize = sizeof(KrLock),
    .doc = "A lock object is a synchronization primitive.",
    .repr = lock_repr,
    .new_ = lock_new,
    .methods = lock_methods,
};

// ---- RLock ----------------------------------------------------------------------------

static KrObject *rlock_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    KrRLock *r = (KrRLock *)kr_object_alloc(ts, type, type->basicsize);
    if (r) {
        r->owner = 0;
        r->count = 0;
    }
    return (KrObject *)r;
}

static KrObject *rlock_acquire(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    KrRLock *r = (KrRLock *)self;
    bool blocking;
    double timeout;
    if (parse_acquire(ts, "acquire", args, nargs, kwnames, &blocking, &timeout) < 0) {
        return NULL;
    }
    if (r->count > 0 && r->owner != thread_ident(ts)) {
        return wait_for_other_thread(ts, blocking, timeout);
    }
    if (r->count == UINT64_MAX) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Internal lock count overflowed");
        return NULL;
    }
    r->owner = thread_ident(ts);
    r->count++;
    return KR_INCREF(KR_TRUE);
}

static KrObject *rlock_release(KrThread *ts, KrObject *self) {
    KrRLock *r = (KrRLock *)self;
    if (r->count == 0 || r->owner != thread_ident(ts)) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    if (--r->count == 0) {
        r->owner = 0;
    }
    KR_RETURN_NONE;
}

static KrObject *rlock_exit(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)args;
    (void)nargs;
    (void)kwnames;
    return rlock_release(ts, self);
}

static KrObject *rlock_is_owned(KrThread *ts, KrObject *self) {
    KrRLock *r = (KrRLock *)self;
    return kr_bool_from(r->count > 0 && r->owner == thread_ident(ts));
}

static KrObject *rlock_recursion_count(KrThread *ts, KrObject *self) {
    KrRLock *r = (KrRLock *)self;
    return kr_int_from_u64(ts, r->owner == thread_ident(ts) ? r->count : 0);
}

// Releases fully and returns (count, owner) for _acquire_restore (Condition.wait).
static KrObject *rlock_release_save(KrThread *ts, KrObject *self) {
    KrRLock *r = (KrRLock *)self;
    if (r->count == 0) {
        kr_err_set_str(ts, &kr_exc_RuntimeError, "cannot release un-acquired lock");
        return NULL;
    }
    KrObject *count = kr_int_from_u64(ts, r->count);
    KrObject *owner = count ? kr_int_from_u64(ts, r->owner) : NULL;
    KrObject *t = owner ? kr_tuple_new(ts, 2) : NULL;
    if (!t) {
        KR_XDECREF(ts, count);
        KR_XDECREF(ts, owner);
        return NULL;
    }
    KR_TUPLE_ITEMS(t)[0] = count;
    KR_TUPLE_ITEMS(t)[1] = owner;
    r->count = 0;
    r->owner = 0;
    return t;
}

static KrObject *rlock_acquire_restore(KrThread *ts, KrObject *self, KrObject *state) {
    KrRLock *r = (KrRLock *)self;
    if (!kr_tuple_check(state) || KR_TUPLE_SIZE(state) != 2 || !kr_int_check(KR_TUPLE_ITEMS(state)[0]) ||
        !kr_int_check(KR_TUPLE_ITEMS(state)[1])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "_acquire_restore() argument must be a (count, owner) tuple");
        return NULL;
    }
    if (r->count > 0 && r->owner != thread_ident(ts)) {
        return wait_for_other_thread(ts, true, -1.0);
    }
    int overflow = 0;
    int64_t count = kr_int_as_i64(KR_TUPLE_ITEMS(state)[0], &overflow);
    int64_t owner = kr_int_as_i64(KR_TUPLE_ITEMS(state)[1], &overflow);
    r->count = (uint64_t)count;
    r->owner = (uintptr_t)owner;
    KR_RETURN_NONE;
}

static KrObject *rlock_at_fork_reinit(KrThread *ts, KrObject *self) {
    (void)ts;
    ((KrRLock *)self)->count = 0;
    ((KrRLock *)self)->owner = 0;
    KR_RETURN_NONE;
}

static KrObject *rlock_repr(KrThread *ts, KrObject *self) {
    KrRLock *r = (KrRLock *)self;
    return kr_str_from_format(ts, "<%s %s.%s object owner=%zu count=%zu at %p>", r->count ? "locked" : "unlocked",
                              "_thread", "RLock", (size_t)r->owner, (size_t)r->count, (void *)self);
}

static const KrMethodDef rlock_methods[] = {
    {"acquire", (void *)rlock_acquire, KR_METH_VARARGS, false, false, "acquire(blocking=True) -> bool"},
    {"release", (void *)rlock_release, KR_METH_NOARGS, false, false, "release()"},
    {"_is_owned", (void *)rlock_is_owned, KR_METH_NOARGS, false, false, "_is_owned() -> bool"},
    {"_recursion_count", (void *)rlock_recursion_count, KR_METH_NOARGS, false, false, "_recursion_count() -> int"},
    {"_release_save", (void *)rlock_release_save, KR_METH_NOARGS, false, false, "_release_save() -> tuple"},
    {"_acquire_restore", (void *)rlock_acquire_restore, KR_METH_O, false, false, "_acquire_restore(state) -> None"},
    {"__enter__", (void *)rlock_acquire, KR_METH_VARARGS, false, false, "acquire(blocking=True) -> bool"},
    {"__exit__", (void *)rlock_exit, KR_METH_VARARGS, false, false, "release()"},
    {"_at_fork_reinit", (void *)rlock_at_fork_reinit, KR_METH_NOARGS, false, false, "_at_fork_reinit()"},
    {NULL, NULL, 0, false, false, NULL},
};

KrType kr_thread_rlock_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_thread.RLock",
    .basicsize = sizeof(KrRLock),
    .flags = KR_TYPE_BASETYPE,
    .repr = rlock_repr,
    .new_ = rlock_new,
    .methods = rlock_methods,
};

// ---- _local ---------------------------------------------------------------------------

// With one thread, a thread-local object is an object with a __dict__.
static KrObject *local_new(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    bool has_args = nargs > 0 || (kwnames && KR_TUPLE_SIZE(kwnames) > 0);
    if (has_args && type->init == kr_object_type.init) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Initialization arguments are not supported");
        return NULL;
    }
    KrLocal *l = (KrLocal *)kr_object_alloc(ts, type, type->basicsize);
    if (l) {
        l->dict = NULL;
    }
    return (KrObject *)l;
}

static void local_traverse(KrThread *ts, KrObject *self, KrVisitFn visit, void *arg) {
    kr_modsupport_visit(ts, ((KrLocal *)self)->dict, visit, arg);
}

static int local_clear(KrThread *ts, KrObject *self) {
    KR_CLEAR(ts, ((KrLocal *)self)->dict);
    return 0;
}

static void local_dealloc(KrThread *ts, KrObject *self) {
    local_clear(ts, self);
    kr_object_free(ts, self);
}

static KrObject *local_get_dict(KrThread *ts, KrObject *self) {
    KrObject *d = kr_object_get_dict(ts, self, true); // borrowed
    return d ? KR_INCREF(d) : NULL;
}

static const KrGetSetDef local_getsets[] = {
    {"__dict__", local_get_dict, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

KrType kr_thread_local_type = {
    .base = KR_STATIC_HEAD(&kr_type_type),
    .name = "_thread._local",
    .basicsize = sizeof(KrLocal),
    .flags = KR_TYPE_BASETYPE | KR_TYPE_GC,
    .doc = "Thread-local data",
    .dictoffset = offsetof(KrLocal, dict),
    .dealloc = local_dealloc,
    .traverse = local_traverse,
    .clear = local_clear,
    .new_ = local_new,
    .getsets = local_getsets,
};

// ---- module functions -----------------------------------------------------------------

static KrObject *thread_allocate_lock(KrThread *ts, KrObject *mod) {
    (void)mod;
    return lock_make(ts);
}

static KrObject *thread_get_ident(KrThread *ts, KrObject *mod) {
    (void)mod;
    return kr_int_from_u64(ts, thread_ident(ts));
}

static KrObject *thread_get_native_id(KrThread *ts, KrObject *mod) {
    (void)mod;
    return kr_int_from_u64(ts, (uint64_t)(thread_ident(ts) & 0x7fffffff));
}

static KrObject *thread_count(KrThread *ts, KrObject *mod) {
    (void)mod;
    return kr_int_from_i64(ts, 0);
}

static KrObject *thread_start_new(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)mod;
    if (kr_modsupport_no_kwargs(ts, "start_new_thread", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "start_new_thread", nargs, 2, 3) < 0) {
        return NULL;
    }
    if (!kr_callable(args[0])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "first arg must be callable");
        return NULL;
    }
    if (!kr_tuple_check(args[1])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "2nd arg must be a tuple");
        return NULL;
    }
    if (nargs > 2 && !kr_dict_check(args[2])) {
        kr_err_set_str(ts, &kr_exc_TypeError, "optional 3rd arg must be a dictionary");
        return NULL;
    }
    kr_err_set_str(ts, &kr_exc_RuntimeError, "can't start new thread");
    return NULL;
}

static KrObject *thread_exit(KrThread *ts, KrObject *mod) {
    (void)mod;
    kr_err_set_type(ts, &kr_exc_SystemExit, NULL);
    return NULL;
}

static KrObject *thread_stack_size(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)mod;
    if (kr_modsupport_no_kwargs(ts, "stack_size", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "stack_size", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs) {
        KrObject *n = kr_number_index(ts, args[0]);
        if (!n) {
            return NULL;
        }
        int overflow = 0;
        int64_t size = kr_int_as_i64(n, &overflow);
        KR_DECREF(ts, n);
        if (overflow || size < 0) {
            kr_err_set_str(ts, &kr_exc_ValueError, "size must be 0 or a positive value");
            return NULL;
        }
        // The only thread already runs; a new size could only apply to threads
        // this build cannot start, so any valid size is accepted and forgotten.
        if (size != 0 && size < 32768) {
            kr_err_format(ts, &kr_exc_ValueError, "size not valid: %lld bytes", (long long)size);
            return NULL;
        }
    }
    return kr_int_from_i64(ts, 0);
}

static KrObject *thread_daemon_threads_allowed(KrThread *ts, KrObject *mod) {
    (void)ts;
    (void)mod;
    return KR_INCREF(KR_TRUE);
}

static const KrMethodDef thread_functions[] = {
    {"allocate_lock", (void *)thread_allocate_lock, KR_METH_NOARGS, false, false,
     "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)"},
    {"allocate", (void *)thread_allocate_lock, KR_METH_NOARGS, false, false, "allocate_lock() -> lock object"},
    {"_set_sentinel", (void *)thread_allocate_lock, KR_METH_NOARGS, false, false,
     "_set_sentinel() -> lock\n\nSet a sentinel lock released when the thread state is deleted."},
    {"get_ident", (void *)thread_get_ident, KR_METH_NOARGS, false, false,
     "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread"},
    {"get_native_id", (void *)thread_get_native_id, KR_METH_NOARGS, false, false,
     "get_native_id() -> integer\n\nReturn a non-negative integer identifying the thread as reported by the OS"},
    {"_count", (void *)thread_count, KR_METH_NOARGS, false, false,
     "_count() -> integer\n\nReturn the number of currently running Python threads, excluding the main thread."},
    {"start_new_thread", (void *)thread_start_new, KR_METH_VARARGS, false, false,
     "start_new_thread(function, args[, kwargs])"},
    {"start_new", (void *)thread_start_new, KR_METH_VARARGS, false, false, "start_new_thread(function, args[, kwargs])"},
    {"exit", (void *)thread_exit, KR_METH_NOARGS, false, false, "exit()\n\nRaise SystemExit."},
    {"exit_thread", (void *)thread_exit, KR_METH_NOARGS, false, false, "exit()\n\nRaise SystemExit."},
    {"stack_size", (void *)thread_stack_size, KR_METH_VARARGS, false, false, "stack_size([size]) -> size"},
    {"daemon_threads_allowed", (void *)thread_daemon_threads_allowed, KR_METH_NOARGS, false, false,
     "daemon_threads_allowed() -> bool"},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_thread_module_create(KrThread *ts) {
    static KrType *const types[] = {&kr_thread_rlock_type, &kr_thread_local_type, NULL};
    KrObject *m = kr_modsupport_module(ts, "_thread", "This module provides primitive operations to write multi-threaded programs.",
                                       thread_functions, types);
    if (!m || kr_modsupport_add(ts, m, "LockType", KR_INCREF((KrObject *)&kr_thread_lock_type)) < 0 ||
        kr_modsupport_add(ts, m, "error", KR_INCREF((KrObject *)&kr_exc_RuntimeError)) < 0 ||
        kr_modsupport_add(ts, m, "TIMEOUT_MAX", kr_float_from_double(ts, TIMEOUT_MAX_SECONDS)) < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
