// SPDX-License-Identifier: MIT
// The builtin exception hierarchy (from exceptions.def) and exception objects.
#ifndef KR_EXC_H
#define KR_EXC_H

#include "object.h"

// Every exception instance. Subclass-specific attributes (SystemExit.code,
// StopIteration.value, SyntaxError.lineno, OSError.errno, NameError.name ...)
// live in `dict` like any other instance attribute.
typedef struct KrException {
    KrObject base;
    KrObject *dict;
    KrObject *args;          // tuple
    KrObject *traceback;     // KrTraceback or NULL
    KrObject *cause;         // __cause__ or NULL
    KrObject *context;       // __context__ or NULL
    bool suppress_context;
} KrException;

#define EXC(name, base) extern KrType kr_exc_##name;
#include "exceptions.def"
#undef EXC

#define kr_exception_check(o) KR_TYPE_CHECK_FLAG((o), KR_TYPE_EXC_SUBCLASS)
#define kr_exception_type_check(t) ((((KrType *)(t))->flags & KR_TYPE_EXC_SUBCLASS) != 0)

// BaseExceptionGroup and ExceptionGroup instances (exc_group.c).
typedef struct KrExcGroup {
    KrException base;
    KrObject *msg;           // str
    KrObject *excs;          // non-empty tuple of exceptions
} KrExcGroup;
extern KrType kr_exc_BaseExceptionGroup, kr_exc_ExceptionGroup;
#define kr_exc_group_check(o) kr_isinstance_type((KrObject *)(o), &kr_exc_BaseExceptionGroup)
#define KR_EXC_GROUP_EXCS(o) (((KrExcGroup *)(o))->excs)
// BaseExceptionGroup(msg, excs): an ExceptionGroup when every item is an Exception.
KrObject *kr_exc_group_new(KrThread *ts, KrObject *msg, KrObject *excs);
// except*'s test of `exc` against `type` (already validated): *match is the
// matching part (a naked exception comes wrapped in a group) or None, *rest
// what is left or None; on no match, *match is None and *rest is exc.
int kr_exc_group_match(KrThread *ts, KrObject *exc, KrObject *type, KrObject **match, KrObject **rest);
// What a try/except* re-raises: `excs` lists what its handlers raised and the
// unhandled rest (None entries: nothing). Parts of `orig` re-raised by a bare
// `raise` merge back into one group shaped like orig; new exceptions join
// them in an ExceptionGroup(''). None when nothing is left.
KrObject *kr_exc_group_prep_reraise(KrThread *ts, KrObject *orig, KrObject *excs);

// Traceback entries, innermost last (tb_next points towards the raise point).
typedef struct KrTraceback {
    KrObject base;
    KrObject *next;          // KrTraceback or NULL
    KrObject *frame;         // tb_frame: the frame object (vm/frame.h), or NULL if none could be made
    KrObject *code;          // KrCode of the frame
    KrObject *globals;       // the frame's globals (for "Did you mean" suggestions)
    int lineno;              // KR_TB_LINENO_LAZY until first asked for (kr_exc_tb_lineno)
    int lasti;
} KrTraceback;
// A traceback's line is found from code and lasti only when read: raising is
// hot, the line-table walk is not cheap, and most caught exceptions never print.
#define KR_TB_LINENO_LAZY INT32_MIN
int kr_exc_tb_lineno(KrTraceback *tb);
extern KrType kr_traceback_type;
// The frame type (vm/frameobject.c): TracebackType() checks its tb_frame argument.
extern KrType kr_frame_type;
// Prepends an entry for (frame, code, lasti) to exc's traceback.
int kr_exc_add_traceback(KrThread *ts, KrObject *exc, KrObject *frame, KrObject *code, KrObject *globals, int lasti);
// Creates an instance of exception type `type` with the given args tuple (steals args).
KrObject *kr_exc_new(KrThread *ts, KrType *type, KrObject *args);
// The __init__/__new__ slot wrappers a builtin exception type shows in its
// own __dict__ although it shares its base's functions (as CPython's).
int kr_exc_add_wrappers(KrThread *ts, KrType *type, KrObject *dict);
// Raises `type` (SyntaxError, IndentationError or TabError) with CPython's
// attributes: msg, filename, lineno, offset (1-based, in characters),
// text (the source line, may be NULL), end_lineno, end_offset (0: unknown).
void kr_err_syntax(KrThread *ts, KrType *type, const char *msg, const char *filename, int lineno,
                   int offset, const char *text, int end_lineno, int end_offset);
// The OSError subclass CPython picks for a (Linux-numbered) errno, e.g.
// FileNotFoundError for 2; OSError itself when there is none.
KrType *kr_exc_oserror_subtype(int err);
// Raises OSError(errno, strerror[, filename[, None, filename2]]) as the
// subclass for a host errno code (as port calls report it), in the Linux
// numbering Python sees on every host; returns NULL.
KrObject *kr_exc_raise_errno(KrThread *ts, int host_err, KrObject *filename, KrObject *filename2);
// str(exc) as printed after "Type: " in a traceback.
KrObject *kr_exc_str(KrThread *ts, KrObject *exc);

#endif
