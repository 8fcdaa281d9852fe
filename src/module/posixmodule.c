// SPDX-License-Identifier: MIT
// The posix module's C half: thin calls into the platform layer taking
// positional str/bytes paths and ints. The public functions (argument names,
// fspath, dir_fd, stat_result, scandir) are Python in posixmodule_py.c.
#include "modules.h"

#include <errno.h>
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"
#include "modsupport.h"

extern const char kr_posixmodule_prelude[];

// Raises the OSError subclass for a negative host errno, naming one or two paths.
static KrObject *raise_err(KrThread *ts, int64_t neg_err, KrObject *filename, KrObject *filename2) {
    return kr_exc_raise_errno(ts, (int)-neg_err, filename, filename2);
}

// The C string of a str or bytes path (borrowed from the object); NULL with
// TypeError or ValueError("embedded null byte").
static const char *path_arg(KrThread *ts, KrObject *o) {
    const char *s;
    size_t n;
    if (kr_bytes_check(o)) {
        s = KR_BYTES_DATA(o);
        n = (size_t)KR_BYTES_SIZE(o);
    } else if (kr_str_check(o)) {
        s = kr_str_utf8(ts, o, &n);
        if (!s) {
            return NULL;
        }
    } else {
        kr_err_format(ts, &kr_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", o);
        return NULL;
    }
    if (strlen(s) != n) {
        kr_err_set_str(ts, &kr_exc_ValueError, "embedded null byte");
        return NULL;
    }
    return s;
}

// An int argument; -1 with TypeError/OverflowError.
static int int_arg(KrThread *ts, KrObject *o, int64_t *out) {
    KrObject *i = kr_number_index(ts, o);
    if (!i) {
        return -1;
    }
    int overflow = 0;
    *out = kr_int_as_i64(i, &overflow);
    KR_DECREF(ts, i);
    if (overflow) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return 0;
}

#define NARGS(fname, n)                                             \
    do {                                                            \
        if (kr_modsupport_nargs(ts, fname, nargs, n, n) < 0) {      \
            return NULL;                                            \
        }                                                           \
    } while (0)

// ---- stat and directories ----------------------------------------------------------

static KrObject *stat_tuple(KrThread *ts, const KrPortStatResult *st) {
    int64_t ints[13] = {st->mode, st->ino, st->dev, st->nlink, st->uid, st->gid, st->size,
                        st->atime_ns, st->mtime_ns, st->ctime_ns, st->blksize, st->blocks, st->rdev};
    KrObject *t = kr_tuple_new(ts, 13);
    for (int i = 0; t && i < 13; i++) {
        KrObject *v = kr_int_from_i64(ts, ints[i]);
        if (!v) {
            KR_DECREF(ts, t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, v);
    }
    return t;
}

// _stat(path, follow_symlinks): (mode, ino, dev, nlink, uid, gid, size,
// atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev).
static KrObject *posix_stat(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("_stat", 2);
    KrPortStatResult st;
    int rc;
    if (kr_int_check(args[0])) {
        int64_t fd;
        if (int_arg(ts, args[0], &fd) < 0) {
            return NULL;
        }
        rc = kr_port_os_fstat((int)fd, &st);
        // os.stat(fd) names the descriptor in its error; os.fstat (None) doesn't.
        return rc < 0 ? raise_err(ts, rc, args[1] == KR_NONE ? NULL : args[0], NULL) : stat_tuple(ts, &st);
    }
    const char *p = path_arg(ts, args[0]);
    if (!p) {
        return NULL;
    }
    rc = kr_port_os_stat(p, kr_is_true(ts, args[1]) > 0, &st);
    return rc < 0 ? raise_err(ts, rc, args[0], NULL) : stat_tuple(ts, &st);
}

typedef struct ListCtx {
    KrThread *ts;
    KrObject *list;
    bool entries; // (name, kind, ino) tuples rather than names
} ListCtx;

static int list_one(void *arg, const char *name, int kind, int64_t ino) {
    ListCtx *c = arg;
    KrObject *item = kr_bytes_from(c->ts, name, strlen(name));
    if (item && c->entries) {
        KrObject *k = kr_int_from_i64(c->ts, kind);
        KrObject *i = k ? kr_int_from_i64(c->ts, ino) : NULL;
        KrObject *t = i ? kr_tuple_pack(c->ts, 3, item, k, i) : NULL;
        KR_XDECREF(c->ts, k);
        KR_XDECREF(c->ts, i);
        KR_DECREF(c->ts, item);
        item = t;
    }
    int rc = item ? kr_list_append(c->ts, c->list, item) : -1;
    KR_XDECREF(c->ts, item);
    return rc < 0 ? 1 : 0;
}

static KrObject *list_dir(KrThread *ts, KrObject *path, bool entries) {
    const char *p = path_arg(ts, path);
    ListCtx c = {ts, p ? kr_list_new(ts, 0) : NULL, entries};
    if (!c.list) {
        return NULL;
    }
    int rc = kr_port_os_listdir(p, list_one, &c);
    if (rc != 0) {
        KR_DECREF(ts, c.list);
        return rc < 0 ? raise_err(ts, rc, path, NULL) : NULL;
    }
    return c.list;
}

// _listdir(path): the names as bytes.
static KrObject *posix_listdir(KrThread *ts, KrObject *self, KrObject *path) {
    (void)self;
    return list_dir(ts, path, false);
}

// _scandir(path): (name bytes, kind, inode) for each entry (kinds as the port's).
static KrObject *posix_scandir(KrThread *ts, KrObject *self, KrObject *path) {
    (void)self;
    return list_dir(ts, path, true);
}

static KrObject *cwd(KrThread *ts, bool bytes) {
    char *s = kr_port_getcwd();
    if (!s) {
        return raise_err(ts, -ENOENT, NULL, NULL);
    }
    KrObject *r = bytes ? kr_bytes_from(ts, s, strlen(s)) : kr_str_from_cstr(ts, s);
    kr_port_free(s);
    return r;
}

static KrObject *posix_getcwd(KrThread *ts, KrObject *self) {
    (void)self;
    return cwd(ts, false);
}

static KrObject *posix_getcwdb(KrThread *ts, KrObject *self) {
    (void)self;
    return cwd(ts, true);
}

// ---- one-path and two-path calls ---------------------------------------------------

enum { OP_CHDIR, OP_RMDIR, OP_UNLINK, OP_MKDIR, OP_CHMOD, OP_RENAME, OP_SYMLINK, OP_LINK };

// _path(op, path[, path2 or mode]): the calls that return nothing.
static KrObject *posix_path(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("_pathcall", 3);
    int64_t op, mode = 0;
    if (int_arg(ts, args[0], &op) < 0) {
        return NULL;
    }
    const char *p = path_arg(ts, args[1]);
    const char *p2 = NULL;
    if (!p) {
        return NULL;
    }
    bool two = op >= OP_RENAME;
    if (two ? !(p2 = path_arg(ts, args[2])) : (args[2] != KR_NONE && int_arg(ts, args[2], &mode) < 0)) {
        return NULL;
    }
    int rc;
    switch (op) {
    case OP_CHDIR:
        rc = kr_port_os_chdir(p);
        break;
    case OP_RMDIR:
        rc = kr_port_os_rmdir(p);
        break;
    case OP_UNLINK:
        rc = kr_port_os_unlink(p);
        break;
    case OP_MKDIR:
        rc = kr_port_os_mkdir(p, (int)mode);
        break;
    case OP_CHMOD:
        rc = kr_port_os_chmod(p, (int)mode);
        break;
    case OP_RENAME:
        rc = kr_port_os_rename(p, p2);
        break;
    case OP_SYMLINK:
        rc = kr_port_os_symlink(p, p2);
        break;
    default:
        rc = kr_port_os_link(p, p2);
        break;
    }
    if (rc < 0) {
        return raise_err(ts, rc, args[1], two ? args[2] : NULL);
    }
    KR_RETURN_NONE;
}

static KrObject *posix_access(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("_access", 2);
    int64_t mode;
    const char *p = path_arg(ts, args[0]);
    if (!p || int_arg(ts, args[1], &mode) < 0) {
        return NULL;
    }
    return KR_INCREF(KR_BOOL(kr_port_os_access(p, (int)mode) == 1));
}

// _utime(path, atime_ns, mtime_ns, follow_symlinks): -1 times mean now.
static KrObject *posix_utime(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("_utime", 4);
    int64_t a, m;
    const char *p = path_arg(ts, args[0]);
    if (!p || int_arg(ts, args[1], &a) < 0 || int_arg(ts, args[2], &m) < 0) {
        return NULL;
    }
    int rc = kr_port_os_utime(p, a, m, kr_is_true(ts, args[3]) > 0);
    if (rc < 0) {
        return raise_err(ts, rc, args[0], NULL);
    }
    KR_RETURN_NONE;
}

static KrObject *posix_readlink(KrThread *ts, KrObject *self, KrObject *path) {
    (void)self;
    const char *p = path_arg(ts, path);
    char *buf = NULL;
    int64_t n = p ? kr_port_os_readlink(p, &buf) : 0;
    if (!p) {
        return NULL;
    }
    if (n < 0) {
        return raise_err(ts, n, path, NULL);
    }
    KrObject *r = kr_bytes_from(ts, buf, (size_t)n);
    kr_port_free(buf);
    return r;
}

static KrObject *posix_open(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("_open", 3);
    int64_t flags, mode;
    const char *p = path_arg(ts, args[0]);
    if (!p || int_arg(ts, args[1], &flags) < 0 || int_arg(ts, args[2], &mode) < 0) {
        return NULL;
    }
    int fd = kr_port_os_open(p, (int)flags, (int)mode);
    return fd < 0 ? raise_err(ts, fd, args[0], NULL) : kr_int_from_i64(ts, fd);
}

// ---- descriptors -------------------------------------------------------------------

enum { FD_CLOSE, FD_FSYNC, FD_ISATTY, FD_DUP, FD_GET_INHERITABLE, FD_GET_BLOCKING, FD_SET_INHERITABLE,
       FD_SET_BLOCKING, FD_FTRUNCATE, FD_DUP2 };

// _fd(op, fd, arg, arg2): the descriptor calls returning an int (or None).
static KrObject *posix_fd(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("_fd", 4);
    int64_t op, fd, arg = 0;
    if (int_arg(ts, args[0], &op) < 0 || int_arg(ts, args[1], &fd) < 0 ||
        (args[2] != KR_NONE && int_arg(ts, args[2], &arg) < 0)) {
        return NULL;
    }
    int64_t rc;
    switch (op) {
    case FD_CLOSE:
        rc = kr_port_fd_close((int)fd);
        break;
    case FD_FSYNC:
        rc = kr_port_os_fsync((int)fd);
        break;
    case FD_ISATTY:
        return KR_INCREF(KR_BOOL(kr_port_fd_isatty((int)fd)));
    case FD_DUP:
        rc = kr_port_os_dup((int)fd);
        break;
    case FD_GET_INHERITABLE:
        rc = kr_port_os_get_inheritable((int)fd);
        break;
    case FD_GET_BLOCKING:
        rc = kr_port_os_get_blocking((int)fd);
        break;
    case FD_SET_INHERITABLE:
        rc = kr_port_os_set_inheritable((int)fd, (int)arg);
        break;
    case FD_SET_BLOCKING:
        rc = kr_port_os_set_blocking((int)fd, (int)arg);
        break;
    case FD_FTRUNCATE:
        rc = kr_port_fd_truncate((int)fd, arg);
        break;
    default:
        rc = kr_port_os_dup2((int)fd, (int)arg, kr_is_true(ts, args[3]) > 0);
        break;
    }
    return rc < 0 ? raise_err(ts, rc, NULL, NULL) : kr_int_from_i64(ts, rc);
}

static KrObject *posix_read(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("read", 2);
    int64_t fd, n;
    if (int_arg(ts, args[0], &fd) < 0 || int_arg(ts, args[1], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        return raise_err(ts, -EINVAL, NULL, NULL);
    }
    KrObject *b = kr_bytes_new(ts, (intptr_t)n);
    if (!b) {
        return NULL;
    }
    int64_t r = kr_port_fd_read((int)fd, KR_BYTES_DATA(b), (size_t)n);
    if (r < 0) {
        KR_DECREF(ts, b);
        return raise_err(ts, r, NULL, NULL);
    }
    if (r < n) {
        KrObject *s = kr_bytes_from(ts, KR_BYTES_DATA(b), (size_t)r);
        KR_DECREF(ts, b);
        return s;
    }
    return b;
}

static KrObject *posix_write(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("write", 2);
    int64_t fd;
    if (int_arg(ts, args[0], &fd) < 0) {
        return NULL;
    }
    if (!kr_bytes_check(args[1])) {
        kr_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", args[1]);
        return NULL;
    }
    int64_t r = kr_port_fd_write((int)fd, KR_BYTES_DATA(args[1]), (size_t)KR_BYTES_SIZE(args[1]));
    return r < 0 ? raise_err(ts, r, NULL, NULL) : kr_int_from_i64(ts, r);
}

static KrObject *posix_lseek(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("lseek", 3);
    int64_t fd, pos, how;
    if (int_arg(ts, args[0], &fd) < 0 || int_arg(ts, args[1], &pos) < 0 || int_arg(ts, args[2], &how) < 0) {
        return NULL;
    }
    int64_t r = kr_port_fd_seek((int)fd, pos, (int)how);
    return r < 0 ? raise_err(ts, r, NULL, NULL) : kr_int_from_i64(ts, r);
}

// The tuple (a, b) of two ints.
static KrObject *int_pair(KrThread *ts, int64_t a, int64_t b) {
    KrObject *x = kr_int_from_i64(ts, a);
    KrObject *y = x ? kr_int_from_i64(ts, b) : NULL;
    KrObject *t = y ? kr_tuple_pack(ts, 2, x, y) : NULL;
    KR_XDECREF(ts, x);
    KR_XDECREF(ts, y);
    return t;
}

static KrObject *posix_pipe(KrThread *ts, KrObject *self) {
    (void)self;
    int fds[2];
    int rc = kr_port_os_pipe(fds);
    if (rc < 0) {
        return raise_err(ts, rc, NULL, NULL);
    }
    return int_pair(ts, fds[0], fds[1]);
}

// ---- process and system ------------------------------------------------------------

static KrObject *posix_urandom(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t n;
    if (int_arg(ts, arg, &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "negative argument not allowed");
        return NULL;
    }
    KrObject *b = kr_bytes_new(ts, (intptr_t)n);
    if (!b) {
        return NULL;
    }
    int rc = kr_port_os_urandom(KR_BYTES_DATA(b), (size_t)n);
    if (rc < 0) {
        KR_DECREF(ts, b);
        return raise_err(ts, rc, NULL, NULL);
    }
    return b;
}

// _id(which): getpid, getppid, getuid, geteuid, getgid, getegid.
static KrObject *posix_id(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t which;
    if (int_arg(ts, arg, &which) < 0) {
        return NULL;
    }
    int64_t r = kr_port_os_id((int)which);
    return r < 0 ? raise_err(ts, r, NULL, NULL) : kr_int_from_i64(ts, r);
}

static KrObject *posix_kill(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("kill", 2);
    int64_t pid, sig;
    if (int_arg(ts, args[0], &pid) < 0 || int_arg(ts, args[1], &sig) < 0) {
        return NULL;
    }
    int rc = kr_port_os_kill(pid, (int)sig);
    if (rc < 0) {
        return raise_err(ts, rc, NULL, NULL);
    }
    KR_RETURN_NONE;
}

static KrObject *posix_times(KrThread *ts, KrObject *self) {
    (void)self;
    double v[5];
    int rc = kr_port_os_times(v);
    if (rc < 0) {
        return raise_err(ts, rc, NULL, NULL);
    }
    KrObject *t = kr_tuple_new(ts, 5);
    for (int i = 0; t && i < 5; i++) {
        KrObject *f = kr_float_from_double(ts, v[i]);
        if (!f) {
            KR_DECREF(ts, t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, f);
    }
    return t;
}

static KrObject *posix_uname(KrThread *ts, KrObject *self) {
    (void)self;
    char v[5][256];
    int rc = kr_port_os_uname(v);
    if (rc < 0) {
        return raise_err(ts, rc, NULL, NULL);
    }
    KrObject *t = kr_tuple_new(ts, 5);
    for (int i = 0; t && i < 5; i++) {
        KrObject *s = kr_str_from_cstr(ts, v[i]);
        if (!s) {
            KR_DECREF(ts, t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, s);
    }
    return t;
}

static KrObject *posix_cpu_count(KrThread *ts, KrObject *self) {
    (void)self;
    int n = kr_port_os_cpu_count();
    if (n <= 0) {
        KR_RETURN_NONE;
    }
    return kr_int_from_i64(ts, n);
}

static KrObject *posix_terminal_size(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t fd;
    int cols, lines;
    if (int_arg(ts, arg, &fd) < 0) {
        return NULL;
    }
    int rc = kr_port_os_terminal_size((int)fd, &cols, &lines);
    if (rc < 0) {
        return raise_err(ts, rc, NULL, NULL);
    }
    return int_pair(ts, cols, lines);
}

// _statvfs(path or fd): the 11 numbers of os.statvfs_result.
static KrObject *posix_statvfs(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t v[11], fd = -1;
    const char *p = NULL;
    if (kr_int_check(arg) ? int_arg(ts, arg, &fd) < 0 : !(p = path_arg(ts, arg))) {
        return NULL;
    }
    int rc = kr_port_os_statvfs(p, (int)fd, v);
    if (rc < 0) {
        return raise_err(ts, rc, p ? arg : NULL, NULL);
    }
    KrObject *t = kr_tuple_new(ts, 11);
    for (int i = 0; t && i < 11; i++) {
        KrObject *n = kr_int_from_i64(ts, v[i]);
        if (!n) {
            KR_DECREF(ts, t);
            return NULL;
        }
        KR_TUPLE_SET(t, i, n);
    }
    return t;
}

static KrObject *posix_umask(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t m;
    if (int_arg(ts, arg, &m) < 0) {
        return NULL;
    }
    int r = kr_port_os_umask((int)m);
    return r < 0 ? raise_err(ts, r, NULL, NULL) : kr_int_from_i64(ts, r);
}

static KrObject *posix_strerror(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t code;
    if (int_arg(ts, arg, &code) < 0) {
        return NULL;
    }
    if (code > INT32_MAX || code < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "Python int too large to convert to C int");
        return NULL;
    }
    // The code is in Linux's numbering, as errno.ENOENT is.
    char buf[KR_PORT_STRERROR_SIZE];
    return kr_str_from_cstr(ts, kr_port_strerror((int)code, buf));
}

static KrObject *posix_exit(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t status;
    if (int_arg(ts, arg, &status) < 0) {
        return NULL;
    }
    kr_port_flush(1);
    kr_port_flush(2);
    kr_port_os_exit((int)status);
}

// ---- the environment ---------------------------------------------------------------

// _environ(): a dict of the environment, bytes to bytes.
static KrObject *posix_environ(KrThread *ts, KrObject *self) {
    (void)self;
    KrObject *d = kr_dict_new(ts);
    for (char **e = kr_port_os_environ(); d && e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e) {
            continue;
        }
        KrObject *k = kr_bytes_from(ts, *e, (size_t)(eq - *e));
        KrObject *v = k ? kr_bytes_from(ts, eq + 1, strlen(eq + 1)) : NULL;
        if (!v || kr_dict_set_item(ts, d, k, v) < 0) {
            KR_XDECREF(ts, k);
            KR_XDECREF(ts, v);
            KR_DECREF(ts, d);
            return NULL;
        }
        KR_DECREF(ts, k);
        KR_DECREF(ts, v);
    }
    return d;
}

// _setenv(name, value or None): putenv / unsetenv with checked bytes.
static KrObject *posix_setenv(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self, (void)kw;
    NARGS("_setenv", 2);
    const char *name = path_arg(ts, args[0]);
    const char *value = name && args[1] != KR_NONE ? path_arg(ts, args[1]) : NULL;
    if (!name || (args[1] != KR_NONE && !value)) {
        return NULL;
    }
    if (!*name || strchr(name, '=')) {
        kr_err_set_str(ts, &kr_exc_ValueError, "illegal environment variable name");
        return NULL;
    }
    int rc = value ? kr_port_os_setenv(name, value) : kr_port_os_unsetenv(name);
    if (rc < 0) {
        return raise_err(ts, rc, NULL, NULL);
    }
    KR_RETURN_NONE;
}

// ---- the module --------------------------------------------------------------------

#define PV(name, fn) {name, fn, KR_METH_VARARGS, false, false, NULL}
#define PO(name, fn) {name, fn, KR_METH_O, false, false, NULL}
#define PN(name, fn) {name, fn, KR_METH_NOARGS, false, false, NULL}

static const KrMethodDef posix_functions[] = {
    PV("_stat", posix_stat),
    PO("_listdir", posix_listdir),
    PO("_scandir", posix_scandir),
    PN("getcwd", posix_getcwd),
    PN("getcwdb", posix_getcwdb),
    PV("_pathcall", posix_path),
    PV("_access", posix_access),
    PV("_utime", posix_utime),
    PO("_readlink", posix_readlink),
    PV("_open", posix_open),
    PV("_fd", posix_fd),
    PV("read", posix_read),
    PV("write", posix_write),
    PV("lseek", posix_lseek),
    PN("pipe", posix_pipe),
    PO("urandom", posix_urandom),
    PO("_id", posix_id),
    PV("kill", posix_kill),
    PN("_times", posix_times),
    PN("_uname", posix_uname),
    PN("cpu_count", posix_cpu_count),
    PO("_terminal_size", posix_terminal_size),
    PO("_statvfs", posix_statvfs),
    PO("umask", posix_umask),
    PO("strerror", posix_strerror),
    PO("_exit", posix_exit),
    PN("_environ", posix_environ),
    PV("_setenv", posix_setenv),
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_posix_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "posix");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, posix_functions) < 0) {
        goto error;
    }
    for (const KrPortNamedInt *c = kr_port_os_constants; c->name; c++) {
        if (kr_module_add_steal(ts, m, c->name, kr_int_from_i64(ts, c->value)) < 0) {
            goto error;
        }
    }
    if (kr_modsupport_run_prelude(ts, m, kr_posixmodule_prelude, "<posix>") < 0) {
        goto error;
    }
    for (const char *const *absent = kr_port_os_absent; *absent; absent++) {
        KrObject *key = kr_str_from_cstr(ts, *absent);
        int rc = key ? kr_dict_del_item(ts, KR_MODULE_DICT(m), key) : -1;
        KR_XDECREF(ts, key);
        if (rc < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
