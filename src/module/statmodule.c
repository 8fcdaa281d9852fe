// SPDX-License-Identifier: MIT
// The _stat module: file mode constants, the S_IS* tests and filemode().
#include "modules.h"

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../vm/vm.h"

// The POSIX values, the same on every host (wasm's libc agrees with Linux),
// so a mode from any host reads the same.
enum {
    IFMT = 0170000, IFSOCK = 0140000, IFLNK = 0120000, IFREG = 0100000, IFBLK = 0060000,
    IFDIR = 0040000, IFCHR = 0020000, IFIFO = 0010000,
};

static const struct {
    const char *name;
    int64_t value;
} stat_constants[] = {
    {"SF_APPEND", 0x40000}, {"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_NOUNLINK", 0x100000},
    {"SF_SNAPSHOT", 0x200000}, {"ST_ATIME", 7}, {"ST_CTIME", 9}, {"ST_DEV", 2}, {"ST_GID", 5}, {"ST_INO", 1},
    {"ST_MODE", 0}, {"ST_MTIME", 8}, {"ST_NLINK", 3}, {"ST_SIZE", 6}, {"ST_UID", 4}, {"S_ENFMT", 02000},
    {"S_IEXEC", 0100}, {"S_IFBLK", IFBLK}, {"S_IFCHR", IFCHR}, {"S_IFDIR", IFDIR}, {"S_IFDOOR", 0},
    {"S_IFIFO", IFIFO}, {"S_IFLNK", IFLNK}, {"S_IFPORT", 0}, {"S_IFREG", IFREG}, {"S_IFSOCK", IFSOCK},
    {"S_IFWHT", 0}, {"S_IREAD", 0400}, {"S_IRGRP", 040}, {"S_IROTH", 04}, {"S_IRUSR", 0400}, {"S_IRWXG", 070},
    {"S_IRWXO", 07}, {"S_IRWXU", 0700}, {"S_ISGID", 02000}, {"S_ISUID", 04000}, {"S_ISVTX", 01000},
    {"S_IWGRP", 020}, {"S_IWOTH", 02}, {"S_IWRITE", 0200}, {"S_IWUSR", 0200}, {"S_IXGRP", 010}, {"S_IXOTH", 01},
    {"S_IXUSR", 0100}, {"UF_APPEND", 4}, {"UF_COMPRESSED", 0x20}, {"UF_HIDDEN", 0x8000}, {"UF_IMMUTABLE", 2},
    {"UF_NODUMP", 1}, {"UF_NOUNLINK", 0x10}, {"UF_OPAQUE", 8},
};

// A mode argument as C's mode_t (32 bits), with CPython's errors.
static int mode_arg(KrThread *ts, KrObject *o, uint32_t *out) {
    if (!kr_int_check(o)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "an integer is required");
        return -1;
    }
    if (kr_int_sign(o) < 0) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "can't convert negative value to unsigned int");
        return -1;
    }
    int ovf;
    int64_t v = kr_int_as_i64(o, &ovf);
    if (ovf || v > UINT32_MAX) {
        kr_err_set_str(ts, &kr_exc_OverflowError, ovf && kr_int_bit_length(o) > 64
                                                      ? "Python int too large to convert to C unsigned long"
                                                      : "mode out of range");
        return -1;
    }
    *out = (uint32_t)v;
    return 0;
}

// S_ISDIR and friends: whether the file-type bits equal `kind` (0: never).
static KrObject *is_kind(KrThread *ts, KrObject *arg, uint32_t kind) {
    uint32_t mode;
    if (mode_arg(ts, arg, &mode) < 0) {
        return NULL;
    }
    return KR_INCREF(KR_BOOL(kind != 0 && (mode & IFMT) == kind));
}

#define IS_KIND(name, kind)                                                     \
    static KrObject *stat_##name(KrThread *ts, KrObject *self, KrObject *arg) { \
        (void)self;                                                             \
        return is_kind(ts, arg, kind);                                          \
    }
IS_KIND(S_ISBLK, IFBLK)
IS_KIND(S_ISCHR, IFCHR)
IS_KIND(S_ISDIR, IFDIR)
IS_KIND(S_ISDOOR, 0)
IS_KIND(S_ISFIFO, IFIFO)
IS_KIND(S_ISLNK, IFLNK)
IS_KIND(S_ISPORT, 0)
IS_KIND(S_ISREG, IFREG)
IS_KIND(S_ISSOCK, IFSOCK)
IS_KIND(S_ISWHT, 0)
#undef IS_KIND

static KrObject *stat_S_IMODE(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    uint32_t mode;
    return mode_arg(ts, arg, &mode) < 0 ? NULL : kr_int_from_i64(ts, mode & 07777);
}

static KrObject *stat_S_IFMT(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    uint32_t mode;
    return mode_arg(ts, arg, &mode) < 0 ? NULL : kr_int_from_i64(ts, mode & IFMT);
}

// filemode(0o100644) -> '-rw-r--r--'
static KrObject *stat_filemode(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    uint32_t mode;
    if (mode_arg(ts, arg, &mode) < 0) {
        return NULL;
    }
    char s[11];
    uint32_t kind = mode & IFMT;
    s[0] = kind == IFREG ? '-' : kind == IFDIR ? 'd' : kind == IFLNK ? 'l' : kind == IFBLK ? 'b'
         : kind == IFCHR ? 'c' : kind == IFIFO ? 'p' : kind == IFSOCK ? 's' : '?';
    // Each of user, group, other: rwx, with set-id / sticky shown in the x place.
    static const uint32_t special[3] = {04000, 02000, 01000};
    static const char special_char[3] = {'s', 's', 't'};
    for (int who = 0; who < 3; who++) {
        uint32_t bits = (mode >> (6 - 3 * who)) & 7;
        s[1 + 3 * who] = bits & 4 ? 'r' : '-';
        s[2 + 3 * who] = bits & 2 ? 'w' : '-';
        char x = bits & 1 ? 'x' : '-';
        if (mode & special[who]) {
            x = bits & 1 ? special_char[who] : (char)(special_char[who] - 'a' + 'A');
        }
        s[3 + 3 * who] = x;
    }
    s[10] = '\0';
    return kr_str_from_cstr(ts, s);
}

#define S1(name, doc) {#name, stat_##name, KR_METH_O, false, false, doc}

static const KrMethodDef stat_functions[] = {
    S1(S_IFMT, "Return the portion of the file's mode that describes the file type."),
    S1(S_IMODE, "Return the portion of the file's mode that can be set by os.chmod()."),
    S1(S_ISBLK, "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file."),
    S1(S_ISCHR, "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file."),
    S1(S_ISDIR, "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory."),
    S1(S_ISDOOR, "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door."),
    S1(S_ISFIFO, "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe)."),
    S1(S_ISLNK, "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link."),
    S1(S_ISPORT, "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port."),
    S1(S_ISREG, "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file."),
    S1(S_ISSOCK, "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket."),
    S1(S_ISWHT, "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout."),
    S1(filemode, "Convert a file's mode to a string of the form '-rwxrwxrwx'"),
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_stat_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "_stat");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, stat_functions) < 0) {
        goto error;
    }
    for (size_t i = 0; i < sizeof(stat_constants) / sizeof(stat_constants[0]); i++) {
        if (kr_module_add_steal(ts, m, stat_constants[i].name, kr_int_from_i64(ts, stat_constants[i].value)) < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
