// SPDX-License-Identifier: MIT
// The interpreter and thread state, and the error API every layer uses.
#ifndef KR_VM_H
#define KR_VM_H

#include <stdarg.h>

#include "../base/pool.h"
#include "../include/krait.h"
#include "../object/object.h"
#include "../object/weakref.h"
#include "gc.h"

typedef struct KrFrame KrFrame;

// Interned identifiers the runtime uses, created once per interpreter.
#define KR_IDS(X) \
    X(__init__) X(__new__) X(__call__) X(__repr__) X(__str__) X(__name__) X(__qualname__) \
    X(__module__) X(__doc__) X(__dict__) X(__class__) X(__hash__) X(__eq__) X(__ne__) X(__lt__) \
    X(__le__) X(__gt__) X(__ge__) X(__len__) X(__iter__) X(__next__) X(__getitem__) X(__setitem__) \
    X(__delitem__) X(__contains__) X(__bool__) X(__getattr__) X(__getattribute__) X(__setattr__) \
    X(__delattr__) X(__get__) X(__set__) X(__delete__) X(__index__) X(__int__) X(__float__) \
    X(__neg__) X(__pos__) X(__invert__) X(__abs__) X(__format__) X(__builtins__) X(__main__) \
    X(__enter__) X(__exit__) X(__await__) X(__aiter__) X(__anext__) X(__aenter__) X(__annotations__) X(__bases__) X(__mro__) X(__round__) X(__reversed__) \
    X(__missing__) X(__divmod__) X(__rdivmod__) X(__pow__) X(__rpow__) X(__file__) X(__package__) \
    X(__spec__) X(__loader__) X(__build_class__) X(__del__) X(__set_name__) X(__init_subclass__) \
    X(__prepare__) X(__instancecheck__) X(__subclasscheck__) X(__trunc__) X(__slots__) \
    X(args) X(append) X(keys) X(items) X(values) X(write) X(flush) X(readline) X(send) X(close) \
    X(throw) X(stdout) X(stderr) X(stdin) X(code) X(msg) X(filename) X(lineno) X(offset) X(text) \
    X(end_lineno) X(end_offset) X(print_file_and_line) X(name) X(obj) X(value) X(strict) X(end) \
    X(sep) X(file) X(key) X(reverse) X(default_) X(start) X(__weakref__) X(__abstractmethods__) \
    X(mro) X(__isabstractmethod__) X(__orig_bases__) X(__classcell__) X(__subclasses__) X(__sizeof__) \
    X(derive) X(split) X(splitlines) X(__notes__) X(True) X(False)

enum {
#define X(n) KR_ID_##n,
    KR_IDS(X)
#undef X
    KR_ID_COUNT
};

// The interned str object for identifier `n` (borrowed).
#define KR_ID(ts, n) ((ts)->vm->ids[KR_ID_##n])

#define KR_LITERAL_CACHE_SIZE 256

#define KR_SMALL_INT_MIN (-5)
#define KR_SMALL_INT_MAX 256

// Per-interpreter state of one static (builtin) type.
typedef struct KrStaticTypeState {
    KrObject *dict; // built lazily by kr_type_dict
    KrObject *mro;  // tuple, built lazily
} KrStaticTypeState;

#define KR_MAX_STATIC_TYPES 512

// One entry of the attribute cache of kr_type_lookup: (type, interned name)
// -> borrowed value (NULL: not found), valid while `epoch` is the VM's.
// A chain of freed objects of one kind kept for reuse (object/freelist.h).
typedef struct KrFreeList {
    KrLink *head;                   // chained through their links' `next`
    int32_t count;
} KrFreeList;

typedef struct KrTypeCacheEntry {
    KrType *type;
    KrObject *name;
    KrObject *value;
    uint32_t epoch;
} KrTypeCacheEntry;

#define KR_TYPE_CACHE_SIZE 2048

// One interpreter. Nothing here is shared with another interpreter in the process.
struct KrVM {
    KrLink objects;                 // circular list of the heap objects of non-GC types
    intptr_t object_count;          // every heap object (GC ones included)
    KrGCState gc;                   // GC-type objects live on its lists (vm/gc.c)
    KrPool pool;                    // where objects' memory comes from (kr_object_alloc)
    KrThread *main_thread;

    KrObject *small_ints[KR_SMALL_INT_MAX - KR_SMALL_INT_MIN + 1];
    KrObject *empty_tuple, *empty_str, *empty_bytes;
    KrObject *latin1[256];          // one-character strings for code points < 256
    KrObject *interned;             // dict str -> str
    KrObject *ids[KR_ID_COUNT];
    // kr_slot_defs' names, interned, and whether each is the first def of its
    // slot (made on the first class creation: kr_slots_fixup runs per class).
    struct KrSlotName {
        KrObject *name;
        bool first;
    } *slot_names;
    // kr_str_intern_literal's cache: interned strs keyed by the address of a
    // C string literal (direct-mapped; a collision just replaces the entry).
    struct {
        const char *literal;
        KrObject *str;
    } literals[KR_LITERAL_CACHE_SIZE];

    KrObject *builtins;             // dict: the builtins module's namespace
    KrObject *builtins_module;
    KrObject *modules;              // sys.modules
    KrObject *sys_module;
    KrObject *sys_dict;
    KrObject *main_module;

    KrStaticTypeState static_types[KR_MAX_STATIC_TYPES];
    KrTypeCacheEntry type_cache[KR_TYPE_CACHE_SIZE];
    uint32_t type_cache_epoch;      // bumped whenever a class dict changes or a class dies
    KrWeakTable weakrefs;           // object -> its weak references (object/weakref.c)

    int recursion_limit;            // sys.getrecursionlimit()
    int64_t int_max_str_digits;

    KrObject *atexit_funcs;         // list of (func, args, kwargs) from atexit.register, or NULL
    KrObject *codec_search_path;    // _codecs.register's search functions (list), or NULL
    KrObject *codec_cache;          // normalized encoding name -> CodecInfo (dict), or NULL
    KrObject *codec_errors;         // error handler name -> callable (dict), or NULL
    KrObject *struct_error;         // struct.error, made on first use (module/structmodule.c)
    KrObject *binascii_error;       // binascii.Error and binascii.Incomplete, made with the module
    KrObject *binascii_incomplete;
    KrObject *memory_error;         // preallocated MemoryError instance
    KrObject *warn_filters;         // _warnings.filters (list of 5-tuples)
    KrObject *warn_once;            // _warnings._onceregistry (dict)
    KrObject *warn_default_action;  // _warnings._defaultaction (str)
    int64_t warn_filters_version;   // bumped by _warnings._filters_mutated()
    int64_t abc_invalidation_counter; // _abc.get_cache_token(): bumped by every ABC register()
    KrObject *io_unsupported;       // io.UnsupportedOperation, made on first use (module/io_module.c)
    const char *locale_names[6];    // _locale: each category's locale (static strings), NULL: the default
    KrFrame *free_frames;           // recycled frames (see frame.c)
    int free_frame_count;
    KrFreeList free_ints;           // exact ints of at most two digits (int.c)
    KrFreeList free_floats;         // exact floats (float.c)

    KrObject *audit_hooks;          // sys.addaudithook's hooks (list), or NULL
    double switch_interval;         // sys.getswitchinterval(), in seconds
    int dlopen_flags;               // sys.getdlopenflags(): kept for programs that set it
    bool finalizing;                // sys.is_finalizing(): shutting down, atexit done

    KrConfig config;                // output callbacks, argv
    char *last_error;               // text of the last uncaught exception (krait_last_error)
    int exit_status;
};

// One thread of Python execution.
struct KrThread {
    KrVM *vm;
    KrObject *exc;        // the exception being raised (an instance), NULL if none
    KrObject *exc_info;   // the exception being handled (sys.exc_info()), NULL if none
    KrObject *exc_outer;  // borrowed: while a generator runs, the exception its resumer
                          // handles, which sys.exc_info() sees when the generator handles none
    KrFrame *frame;       // innermost Python frame
    int py_depth;         // Python call depth, checked against recursion_limit
    int c_depth;          // C re-entries of the eval loop and other C recursion
    int c_depth_ok;       // c_depth up to which no check is needed (cache of the limits)
    KrObject *repr_running; // list of containers whose repr is in progress (kr_repr_enter)
    int trash_depth;        // nesting of container deallocs (object/trashcan.c)
    KrObject *trash_later;  // dead containers whose dealloc was deferred, linked by refcnt
    // sys.settrace / sys.setprofile (vm/trace.c). While either is set the
    // eval loop dispatches through its tracing table; otherwise nothing is checked.
    KrObject *trace_func;   // the global trace function, or NULL
    KrObject *profile_func; // the profile function, or NULL
    KrObject *context;      // the current contextvars.Context, NULL until first needed
    // sys.set_asyncgen_hooks: called with an async generator on its first
    // iteration, and stored in it for when it dies unfinished (NULL: none).
    KrObject *asyncgen_firstiter, *asyncgen_finalizer;
    int coro_origin_depth;  // sys.set_coroutine_origin_tracking_depth()
    bool trace_on;          // trace_func or profile_func is set
    // krait_step (the suspendable loop): loop back edges and calls left before
    // the host-level run pauses (0: no limit), the frame that run started
    // from, and where a paused run resumes.
    int64_t budget;
    KrFrame *pause_entry;
    KrFrame *paused;
    int tracing;            // > 0 while a trace or profile function runs (no events meanwhile)
    int tracing_what;       // the last event traced (KR_TRACE_*): frame.f_lineno's checks
};

// The exception being handled, as sys.exc_info() and a bare `raise` see it
// (borrowed; NULL if none): a generator's own, else its resumer's.
static inline KrObject *kr_exc_info_borrow(KrThread *ts) {
    return ts->exc_info ? ts->exc_info : ts->exc_outer;
}

// Trace events, numbered as CPython's PyTrace_* constants.
enum { KR_TRACE_CALL, KR_TRACE_EXCEPTION, KR_TRACE_LINE, KR_TRACE_RETURN, KR_TRACE_C_CALL, KR_TRACE_C_EXCEPTION,
       KR_TRACE_C_RETURN };

// ---- running code (vm/eval.c)

// Calls a Python function object: binds the arguments into a new frame and
// runs it (Python-to-Python calls made from the eval loop don't come here:
// they push a frame without recursing in C).
KrObject *kr_eval_call_function(KrThread *ts, KrObject *func, KrObject *const *args, size_t nargs,
                                KrObject *kwnames);
// The globals of the innermost Python frame (borrowed), or NULL.
KrObject *kr_frame_globals_borrow(KrThread *ts);
// Runs a code object with the given namespaces (locals may be NULL: = globals).
KrObject *kr_eval_code(KrThread *ts, KrObject *code, KrObject *globals, KrObject *locals);

// ---- errors (vm/error.c) ---------------------------------------------------

// Raise: sets ts->exc (chaining __context__ from ts->exc_info as CPython does).
void kr_err_set_object(KrThread *ts, KrObject *exc_instance);               // steals
void kr_err_set_type(KrThread *ts, KrType *type, KrObject *value);          // instantiates type(value); value may be NULL
void kr_err_set_str(KrThread *ts, KrType *type, const char *msg);
// printf-like: %s %c %d %i %u %ld %lld %zd %zu %x %p %%; and for objects:
// %R repr(obj), %S str(obj), %U a str object's text, %T type name of an object (e.g. 'int').
void kr_err_format(KrThread *ts, KrType *type, const char *fmt, ...);
void kr_err_vformat(KrThread *ts, KrType *type, const char *fmt, va_list ap);
KrObject *kr_err_no_memory(KrThread *ts);                                   // returns NULL
bool kr_err_occurred(KrThread *ts);
bool kr_err_matches(KrThread *ts, KrType *type); // is the pending exception an instance of type?
KrObject *kr_err_fetch(KrThread *ts);            // takes the pending exception (new ref), clears it
void kr_err_restore(KrThread *ts, KrObject *exc); // steals; sets it pending again without chaining
void kr_err_clear(KrThread *ts);
// Builds a str from a printf-like format with the same directives as kr_err_format.
KrObject *kr_str_from_format(KrThread *ts, const char *fmt, ...);
KrObject *kr_str_from_vformat(KrThread *ts, const char *fmt, va_list ap);
// Issues a warning of `category` (a Warning subclass) with a printf-like
// message, as warnings.warn(msg, category, stacklevel) would (vm/warn.c).
// Returns -1 when a filter turned it into an exception (or on error).
int kr_warn_format(KrThread *ts, KrType *category, intptr_t stacklevel, const char *fmt, ...);
// The same for a known location (the compiler's SyntaxWarnings).
int kr_warn_explicit(KrThread *ts, KrType *category, KrObject *message, KrObject *filename, int lineno);
// Prints "Exception ignored in: ..." style reports and uncaught tracebacks.
void kr_err_print(KrThread *ts, KrObject *exc);
// Entering C recursion (re-entrant eval, repr of nested containers...):
// returns -1 with RecursionError set when too deep.
int kr_enter_recursive_check(KrThread *ts, const char *where);
static inline int kr_enter_recursive(KrThread *ts, const char *where) {
    // The common case is one compare; the limits are re-read only near them.
    if (++ts->c_depth <= ts->c_depth_ok) {
        return 0;
    }
    return kr_enter_recursive_check(ts, where);
}
static inline void kr_leave_recursive(KrThread *ts) {
    --ts->c_depth;
}

// Runs and forgets the atexit handlers, last registered first; an exception
// in one is reported as "Exception ignored in atexit callback" (vm/state.c).
void kr_state_run_atexit(KrThread *ts);

// Output through the embedder's callbacks (stdout = 1, stderr = 2).
void kr_vm_write(KrVM *vm, int fd, const char *data, size_t len);
// Flushes what was written to fd 1 or 2 (a no-op for embedder callbacks).
void kr_vm_flush(KrVM *vm, int fd);
// One line of standard input (input(), sys.stdin.readline()): as KrReadLineFn.
long kr_vm_readline(KrVM *vm, char *buf, size_t size);
// "linux", "emscripten" or "wasi" (sys.platform).
const char *kr_vm_platform(void);

#endif
