// SPDX-License-Identifier: MIT
// The platform layer behind the posix module: files, directories, descriptors,
// processes and the environment, over POSIX calls; WASI lacks processes, modes
// and descriptor duplication, so those answer -ENOSYS there.
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#ifndef __wasi__
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#define PORT_HAVE_PROCESSES 1
#else
#define PORT_HAVE_PROCESSES 0
#endif

#include "port.h"

extern char **environ;

static int64_t ts_ns(struct timespec t) {
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void fill_stat(const struct stat *s, KrPortStatResult *st) {
    st->mode = s->st_mode;
    st->ino = (int64_t)s->st_ino;
    st->dev = (int64_t)s->st_dev;
    st->nlink = (int64_t)s->st_nlink;
    st->uid = (int64_t)s->st_uid;
    st->gid = (int64_t)s->st_gid;
    st->size = (int64_t)s->st_size;
    st->blksize = (int64_t)s->st_blksize;
    st->blocks = (int64_t)s->st_blocks;
    st->rdev = (int64_t)s->st_rdev;
    st->atime_ns = ts_ns(s->st_atim);
    st->mtime_ns = ts_ns(s->st_mtim);
    st->ctime_ns = ts_ns(s->st_ctim);
}

int kr_port_os_stat(const char *path, int follow_symlinks, KrPortStatResult *st) {
    struct stat s;
    int rc = follow_symlinks ? stat(path, &s) : lstat(path, &s);
    if (rc < 0) {
        return -errno;
    }
    fill_stat(&s, st);
    return 0;
}

int kr_port_os_fstat(int fd, KrPortStatResult *st) {
    struct stat s;
    if (fstat(fd, &s) < 0) {
        return -errno;
    }
    fill_stat(&s, st);
    return 0;
}

int kr_port_os_listdir(const char *path, KrPortDirFn fn, void *arg) {
    DIR *d = opendir(path);
    if (!d) {
        return -errno;
    }
    int rc = 0;
    for (;;) {
        errno = 0;
        struct dirent *e = readdir(d);
        if (!e) {
            rc = errno ? -errno : 0;
            break;
        }
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        int kind = e->d_type == DT_REG ? 1 : e->d_type == DT_DIR ? 2 : e->d_type == DT_LNK ? 3
                 : e->d_type == DT_UNKNOWN ? 0 : 4;
        rc = fn(arg, e->d_name, kind, (int64_t)e->d_ino);
        if (rc) {
            break;
        }
    }
    closedir(d);
    return rc;
}

#define PORT_CALL(expr) ((expr) < 0 ? -errno : 0)

int kr_port_os_chdir(const char *path) {
#ifdef __wasi__
    // wasi-libc keeps the working directory as a string and would keep "sub/.." in it.
    char *abs = kr_port_abspath(path);
    if (!abs) {
        return -ENOMEM;
    }
    int rc = PORT_CALL(chdir(abs));
    free(abs);
    return rc;
#else
    return PORT_CALL(chdir(path));
#endif
}

int kr_port_os_mkdir(const char *path, int mode) {
    return PORT_CALL(mkdir(path, (mode_t)mode));
}

int kr_port_os_rmdir(const char *path) {
    return PORT_CALL(rmdir(path));
}

int kr_port_os_unlink(const char *path) {
    return PORT_CALL(unlink(path));
}

int kr_port_os_rename(const char *src, const char *dst) {
    return PORT_CALL(rename(src, dst));
}

int kr_port_os_access(const char *path, int mode) {
    int m = (mode & 4 ? R_OK : 0) | (mode & 2 ? W_OK : 0) | (mode & 1 ? X_OK : 0);
    return access(path, m ? m : F_OK) == 0;
}

int kr_port_os_chmod(const char *path, int mode) {
#if PORT_HAVE_PROCESSES
    return PORT_CALL(chmod(path, (mode_t)mode));
#else
    (void)path, (void)mode;
    return -ENOSYS;
#endif
}

int kr_port_os_utime(const char *path, int64_t atime_ns, int64_t mtime_ns, int follow_symlinks) {
    struct timespec t[2];
    int64_t v[2] = {atime_ns, mtime_ns};
    for (int i = 0; i < 2; i++) {
        if (v[i] < 0) {
            // The current time rather than UTIME_NOW, which node's WASI refuses.
            clock_gettime(CLOCK_REALTIME, &t[i]);
        } else {
            t[i].tv_sec = (time_t)(v[i] / 1000000000);
            t[i].tv_nsec = (long)(v[i] % 1000000000);
        }
    }
    return PORT_CALL(utimensat(AT_FDCWD, path, t, follow_symlinks ? 0 : AT_SYMLINK_NOFOLLOW));
}

int kr_port_os_symlink(const char *target, const char *path) {
    return PORT_CALL(symlink(target, path));
}

int kr_port_os_link(const char *src, const char *dst) {
#ifdef __EMSCRIPTEN__
    // Emscripten's link() is a C stub that always fails (EMLINK), while its
    // linkat reaches the JavaScript file system (web/krait_cli_lib.js).
    return PORT_CALL(linkat(AT_FDCWD, src, AT_FDCWD, dst, 0));
#else
    return PORT_CALL(link(src, dst));
#endif
}

int64_t kr_port_os_readlink(const char *path, char **out) {
    size_t size = 256;
    for (;;) {
        char *buf = malloc(size);
        if (!buf) {
            return -ENOMEM;
        }
        ssize_t n = readlink(path, buf, size);
        if (n < 0) {
            int err = errno;
            free(buf);
            return -err;
        }
        if ((size_t)n < size) {
            *out = buf;
            return (int64_t)n;
        }
        free(buf);
        size *= 2;
    }
}

int kr_port_os_umask(int mask) {
#if PORT_HAVE_PROCESSES
    return (int)umask((mode_t)mask);
#else
    (void)mask;
    return -ENOSYS;
#endif
}

int kr_port_os_open(const char *path, int flags, int mode) {
    int fd;
    do {
        fd = open(path, flags, mode);
    } while (fd < 0 && errno == EINTR);
    return fd < 0 ? -errno : fd;
}

int kr_port_os_fsync(int fd) {
    return PORT_CALL(fsync(fd));
}

int kr_port_os_dup(int fd) {
#if PORT_HAVE_PROCESSES
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return r < 0 ? -errno : r;
#else
    (void)fd;
    return -ENOSYS;
#endif
}

int kr_port_os_dup2(int fd, int fd2, int inheritable) {
#if PORT_HAVE_PROCESSES
    if (dup2(fd, fd2) < 0) {
        return -errno;
    }
    if (!inheritable && fcntl(fd2, F_SETFD, FD_CLOEXEC) < 0) {
        return -errno;
    }
    return fd2;
#else
    (void)fd, (void)fd2, (void)inheritable;
    return -ENOSYS;
#endif
}

int kr_port_os_pipe(int fds[2]) {
#if PORT_HAVE_PROCESSES
    if (pipe(fds) < 0) {
        return -errno;
    }
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return 0;
#else
    (void)fds;
    return -ENOSYS;
#endif
}

int kr_port_os_get_inheritable(int fd) {
#if PORT_HAVE_PROCESSES
    int f = fcntl(fd, F_GETFD);
    return f < 0 ? -errno : !(f & FD_CLOEXEC);
#else
    struct stat s;
    return fstat(fd, &s) < 0 ? -errno : 0;
#endif
}

int kr_port_os_set_inheritable(int fd, int on) {
#if PORT_HAVE_PROCESSES
    int f = fcntl(fd, F_GETFD);
    if (f < 0) {
        return -errno;
    }
    f = on ? (f & ~FD_CLOEXEC) : (f | FD_CLOEXEC);
    return PORT_CALL(fcntl(fd, F_SETFD, f));
#else
    (void)fd, (void)on;
    return -ENOSYS;
#endif
}

int kr_port_os_get_blocking(int fd) {
    int f = fcntl(fd, F_GETFL);
    return f < 0 ? -errno : !(f & O_NONBLOCK);
}

int kr_port_os_set_blocking(int fd, int on) {
    int f = fcntl(fd, F_GETFL);
    if (f < 0) {
        return -errno;
    }
    f = on ? (f & ~O_NONBLOCK) : (f | O_NONBLOCK);
    return PORT_CALL(fcntl(fd, F_SETFL, f));
}

int kr_port_os_urandom(void *buf, size_t n) {
    unsigned char *p = buf;
    while (n > 0) {
        size_t chunk = n > 256 ? 256 : n;
        if (getentropy(p, chunk) < 0) {
            return -errno;
        }
        p += chunk;
        n -= chunk;
    }
    return 0;
}

#if PORT_HAVE_PROCESSES
const char *const kr_port_os_absent[] = {NULL};
#else
const char *const kr_port_os_absent[] = {"getppid", "getuid", "geteuid", "getgid", "getegid", NULL};
#endif

int64_t kr_port_os_id(int which) {
#if PORT_HAVE_PROCESSES
    switch (which) {
    case 0:
        return (int64_t)getpid();
    case 1:
        return (int64_t)getppid();
    case 2:
        return (int64_t)getuid();
    case 3:
        return (int64_t)geteuid();
    case 4:
        return (int64_t)getgid();
    default:
        return (int64_t)getegid();
    }
#else
    // No processes: getpid answers 42 as wasi-libc's emulated getpid does
    // (logging records a pid); the other ids don't exist.
    return which == 0 ? 42 : -ENOSYS;
#endif
}

int kr_port_os_kill(int64_t pid, int sig) {
#if PORT_HAVE_PROCESSES
    return PORT_CALL(kill((pid_t)pid, sig));
#else
    (void)pid, (void)sig;
    return -ENOSYS;
#endif
}

int kr_port_os_times(double out[5]) {
#if PORT_HAVE_PROCESSES
    struct tms t;
    clock_t c = times(&t);
    long hz = sysconf(_SC_CLK_TCK);
    if (c == (clock_t)-1 || hz <= 0) {
        return -errno;
    }
    out[0] = (double)t.tms_utime / (double)hz;
    out[1] = (double)t.tms_stime / (double)hz;
    out[2] = (double)t.tms_cutime / (double)hz;
    out[3] = (double)t.tms_cstime / (double)hz;
    out[4] = (double)c / (double)hz;
    return 0;
#else
    (void)out;
    return -ENOSYS;
#endif
}

int kr_port_os_statvfs(const char *path, int fd, int64_t out[11]) {
#if PORT_HAVE_PROCESSES
    struct statvfs v;
#ifdef __EMSCRIPTEN__
    // Emscripten's statvfs answers made-up numbers for any path, even a
    // missing one: report a missing path or a closed descriptor first.
    struct stat s;
    if ((path ? stat(path, &s) : fcntl(fd, F_GETFL)) < 0) {
        return -errno;
    }
#endif
    if ((path ? statvfs(path, &v) : fstatvfs(fd, &v)) < 0) {
        return -errno;
    }
    const int64_t f[11] = {(int64_t)v.f_bsize,  (int64_t)v.f_frsize, (int64_t)v.f_blocks,  (int64_t)v.f_bfree,
                           (int64_t)v.f_bavail, (int64_t)v.f_files,  (int64_t)v.f_ffree,   (int64_t)v.f_favail,
                           (int64_t)v.f_flag,   (int64_t)v.f_namemax, (int64_t)v.f_fsid};
    memcpy(out, f, sizeof f);
    return 0;
#else
    (void)path, (void)fd, (void)out;
    return -ENOSYS;
#endif
}

int kr_port_os_uname(char out[5][256]) {
#if PORT_HAVE_PROCESSES
    struct utsname u;
    if (uname(&u) < 0) {
        return -errno;
    }
    const char *f[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    for (int i = 0; i < 5; i++) {
        strncpy(out[i], f[i], 255);
        out[i][255] = '\0';
    }
    return 0;
#else
    (void)out;
    return -ENOSYS;
#endif
}

int kr_port_os_cpu_count(void) {
#ifdef _SC_NPROCESSORS_ONLN
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 0;
#else
    return 0;
#endif
}

int kr_port_os_terminal_size(int fd, int *columns, int *lines) {
#if PORT_HAVE_PROCESSES && defined(TIOCGWINSZ)
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0) {
        return -errno;
    }
    *columns = w.ws_col;
    *lines = w.ws_row;
    return 0;
#else
    (void)fd, (void)columns, (void)lines;
    return -ENOTTY;
#endif
}

char **kr_port_os_environ(void) {
    return environ;
}

int kr_port_os_setenv(const char *name, const char *value) {
    return PORT_CALL(setenv(name, value, 1));
}

int kr_port_os_unsetenv(const char *name) {
    return PORT_CALL(unsetenv(name));
}

_Noreturn void kr_port_os_exit(int status) {
    _exit(status);
}

#define C(name) {#name, name},
const KrPortNamedInt kr_port_os_constants[] = {
    C(O_RDONLY) C(O_WRONLY) C(O_RDWR) C(O_APPEND) C(O_CREAT) C(O_EXCL) C(O_TRUNC) C(O_NONBLOCK)
    C(O_DIRECTORY) C(O_NOFOLLOW) C(O_CLOEXEC) C(O_SYNC) C(O_DSYNC) C(O_ACCMODE)
#ifdef O_NOCTTY
    C(O_NOCTTY)
#endif
    C(F_OK) C(R_OK) C(W_OK) C(X_OK) C(SEEK_SET) C(SEEK_CUR) C(SEEK_END)
    {"EX_OK", 0},
    {NULL, 0},
};
