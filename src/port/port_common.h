// SPDX-License-Identifier: MIT
// Host functions that are plain C stdio on every host, shared by the ports.
#ifndef KR_PORT_COMMON_H
#define KR_PORT_COMMON_H

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "port.h"
#include "port_time.h"

static inline void port_stdio_write(int fd, const char *data, size_t len) {
    FILE *f = fd == 2 ? stderr : stdout;
    fwrite(data, 1, len, f);
    if (fd == 2) {
        fflush(f);
    }
}

static inline long port_stdio_readline(char *buf, size_t size) {
    fflush(stdout);
    if (!fgets(buf, (int)size, stdin)) {
        return ferror(stdin) ? -1 : 0;
    }
    return (long)strlen(buf);
}

static inline char *port_stdio_read_file(const char *path, size_t *len, int *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno;
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fclose(f);
            *err = ENOMEM;
            return NULL;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            break;
        }
        if (n + 1 >= cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
            }
            buf = nb;
        }
    }
    if (ferror(f)) {
        *err = errno ? errno : EIO;
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

static inline char *port_stdio_read_line(const char *path, int lineno) {
    size_t len;
    int err;
    char *text = port_stdio_read_file(path, &len, &err);
    if (!text) {
        return NULL;
    }
    char *p = text;
    for (int i = 1; i < lineno && p; i++) {
        p = strchr(p, '\n');
        if (p) {
            p++;
        }
    }
    char *r = NULL;
    if (p && *p) {
        char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        r = malloc(n + 1);
        if (r) {
            memcpy(r, p, n);
            r[n] = '\0';
        }
    }
    free(text);
    return r;
}

static inline double port_clock(clockid_t id) {
    struct timespec t;
    clock_gettime(id, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

char *kr_port_abspath(const char *path) {
    char cwd[4096];
    size_t plen = strlen(path);
    const char *base = "";
    if (path[0] != '/') {
        if (!getcwd(cwd, sizeof cwd)) {
            return NULL;
        }
        base = cwd;
    }
    size_t blen = strlen(base);
    char *joined = malloc(blen + plen + 2);
    if (!joined) {
        return NULL;
    }
    snprintf(joined, blen + plen + 2, "%s/%s", base, path);
    // Normalize: drop empty and "." components, fold "..".
    char *out = malloc(blen + plen + 2);
    if (!out) {
        free(joined);
        return NULL;
    }
    size_t n = 0;
    char *save = NULL;
    for (char *part = strtok_r(joined, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
        if (strcmp(part, ".") == 0) {
            continue;
        }
        if (strcmp(part, "..") == 0) {
            while (n > 0 && out[n - 1] != '/') {
                n--;
            }
            if (n > 0) {
                n--;
            }
            continue;
        }
        out[n++] = '/';
        size_t k = strlen(part);
        memcpy(out + n, part, k);
        n += k;
    }
    if (n == 0) {
        out[n++] = '/';
    }
    out[n] = '\0';
    free(joined);
    return out;
}

void kr_port_free(void *p) {
    free(p);
}

void kr_port_write(int fd, const char *data, size_t len) {
    port_stdio_write(fd, data, len);
}

void kr_port_flush(int fd) {
    fflush(fd == 2 ? stderr : stdout);
}

long kr_port_readline(char *buf, size_t size) {
    return port_stdio_readline(buf, size);
}

char *kr_port_read_file(const char *path, size_t *len, int *err) {
    return port_stdio_read_file(path, len, err);
}

char *kr_port_read_line(const char *path, int lineno) {
    return port_stdio_read_line(path, lineno);
}

double kr_port_monotonic(void) {
    return port_clock(CLOCK_MONOTONIC);
}

double kr_port_time(void) {
    return port_clock(CLOCK_REALTIME);
}

const char *kr_port_getenv(const char *name) {
    return getenv(name);
}

void kr_port_stat(const char *path, KrPortStat *st) {
    struct stat s;
    st->kind = 0;
    st->mtime = st->size = 0;
    if (stat(path, &s) != 0) {
        return;
    }
    st->kind = S_ISREG(s.st_mode) ? 1 : S_ISDIR(s.st_mode) ? 2 : 3;
    st->mtime = (int64_t)s.st_mtime;
    st->size = (int64_t)s.st_size;
}

int kr_port_mkdir(const char *path) {
    if (mkdir(path, 0777) == 0 || errno == EEXIST) {
        return 0;
    }
    return errno;
}

int kr_port_write_file_atomic(const char *path, const void *data, size_t len) {
    size_t n = strlen(path) + 32;
    char *tmp = malloc(n);
    if (!tmp) {
        return ENOMEM;
    }
    // The process id keeps two interpreters writing the same file from sharing a temporary.
    snprintf(tmp, n, "%s.%ld.tmp", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd < 0) {
        int err = errno;
        free(tmp);
        return err;
    }
    const char *p = data;
    int err = 0;
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            err = errno;
            break;
        }
        p += w;
        len -= (size_t)w;
    }
    if (close(fd) != 0 && !err) {
        err = errno;
    }
    if (!err && rename(tmp, path) != 0) {
        err = errno;
    }
    if (err) {
        unlink(tmp);
    }
    free(tmp);
    return err;
}

char *kr_port_getcwd(void) {
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) {
        return NULL;
    }
    return strdup(buf);
}


int kr_port_open_flags(int kflags) {
    static const int access[3] = {O_RDONLY, O_WRONLY, O_RDWR};
    int f = access[kflags & 3];
    f |= (kflags & KR_PORT_O_CREAT) ? O_CREAT : 0;
    f |= (kflags & KR_PORT_O_EXCL) ? O_EXCL : 0;
    f |= (kflags & KR_PORT_O_TRUNC) ? O_TRUNC : 0;
    f |= (kflags & KR_PORT_O_APPEND) ? O_APPEND : 0;
#ifdef O_CLOEXEC
    f |= (kflags & KR_PORT_O_CLOEXEC) ? O_CLOEXEC : 0;
#endif
    return f;
}

int kr_port_open(const char *path, int host_flags) {
    int fd;
    do {
        fd = open(path, host_flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return -errno;
    }
    // Opening a directory read-only succeeds; Python's open() refuses it.
    struct stat s;
    if (fstat(fd, &s) == 0 && S_ISDIR(s.st_mode)) {
        close(fd);
        return -EISDIR;
    }
    return fd;
}

int64_t kr_port_fd_read(int fd, void *buf, size_t n) {
    ssize_t r;
    do {
        r = read(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -(int64_t)errno : (int64_t)r;
}

int64_t kr_port_fd_write(int fd, const void *buf, size_t n) {
    // Text printed through sys.stdout sits in C stdio's buffer: keep the order.
    if (fd == 1 || fd == 2) {
        fflush(fd == 1 ? stdout : stderr);
    }
    ssize_t r;
    do {
        r = write(fd, buf, n);
    } while (r < 0 && errno == EINTR);
    return r < 0 ? -(int64_t)errno : (int64_t)r;
}

int64_t kr_port_fd_seek(int fd, int64_t offset, int whence) {
    static const int whences[3] = {SEEK_SET, SEEK_CUR, SEEK_END};
    if (whence < 0 || whence > 2) {
        return -EINVAL;
    }
    off_t r = lseek(fd, (off_t)offset, whences[whence]);
    return r < 0 ? -(int64_t)errno : (int64_t)r;
}

int kr_port_fd_close(int fd) {
    return close(fd) < 0 ? -errno : 0;
}

int kr_port_fd_truncate(int fd, int64_t size) {
    return ftruncate(fd, (off_t)size) < 0 ? -errno : 0;
}

int kr_port_fd_isatty(int fd) {
#ifdef __EMSCRIPTEN__
    // Emscripten opens the standard streams on its own terminal device, so
    // isatty() is true for them even when they are pipes or files; the node
    // flavour's fstat describes the real descriptor. (A character device that
    // is no terminal, such as /dev/null, still counts as one.)
    struct stat s;
    return isatty(fd) && fstat(fd, &s) == 0 && S_ISCHR(s.st_mode) ? 1 : 0;
#else
    return isatty(fd) ? 1 : 0;
#endif
}

int kr_port_fd_stat(int fd, KrPortStat *st) {
    struct stat s;
    if (fstat(fd, &s) < 0) {
        st->kind = 0;
        return -errno;
    }
    st->kind = S_ISREG(s.st_mode) ? 1 : S_ISDIR(s.st_mode) ? 2 : 3;
    st->mtime = (int64_t)s.st_mtime;
    st->size = (int64_t)s.st_size;
    return 0;
}


// The C library's struct tm for a KrPortTm (tm_year must fit an int).
static void port_to_ctm(const KrPortTm *in, struct tm *out) {
    memset(out, 0, sizeof *out);
    out->tm_year = (int)(in->year - 1900);
    out->tm_mon = in->mon;
    out->tm_mday = in->mday;
    out->tm_hour = in->hour;
    out->tm_min = in->min;
    out->tm_sec = in->sec;
    out->tm_wday = in->wday;
    out->tm_yday = in->yday;
    out->tm_isdst = in->isdst;
}

size_t kr_port_strftime(char *buf, size_t size, const char *format, const KrPortTm *tm) {
#if defined(__EMSCRIPTEN__) || defined(__wasi__)
    // Emscripten's and musl's strftime differ from glibc's (%c, %U, %Y's
    // padding, the ^ and # flags ...): format it ourselves.
    return kr_port_strftime_c(buf, size, format, tm);
#else
    struct tm c;
    port_to_ctm(tm, &c);
    return strftime(buf, size, format, &c);
#endif
}

// localtime and mktime through the C library's zone rules (hosts with one).
static inline int port_libc_localtime(int64_t t, KrPortTm *tm) {
    time_t tt = (time_t)t;
    struct tm c;
    if ((int64_t)tt != t) {
        return EOVERFLOW;
    }
    errno = 0;
    if (!localtime_r(&tt, &c)) {
        return errno ? errno : EOVERFLOW;
    }
    tm->year = (int64_t)c.tm_year + 1900;
    tm->mon = c.tm_mon;
    tm->mday = c.tm_mday;
    tm->hour = c.tm_hour;
    tm->min = c.tm_min;
    tm->sec = c.tm_sec;
    tm->wday = c.tm_wday;
    tm->yday = c.tm_yday;
    tm->isdst = c.tm_isdst;
    tm->gmtoff = c.tm_gmtoff;
    snprintf(tm->zone, sizeof tm->zone, "%s", c.tm_zone ? c.tm_zone : "");
    return 0;
}

static inline int port_libc_mktime(const KrPortTm *tm, int64_t *out) {
    struct tm c;
    port_to_ctm(tm, &c);
    c.tm_wday = -1; // mktime sets it on success: -1 with a valid wday is a real -1
    time_t t = mktime(&c);
    if (t == (time_t)-1 && c.tm_wday == -1) {
        return -1;
    }
    *out = (int64_t)t;
    return 0;
}

void kr_port_sleep_ns(int64_t ns) {
    struct timespec req = {(time_t)(ns / 1000000000), (long)(ns % 1000000000)}, rem;
    while (nanosleep(&req, &rem) != 0 && errno == EINTR) {
        req = rem;
    }
}

// The host's clock id behind each KR_CLOCK_* and its name, and the clock of
// a time.CLOCK_* number (0 or EINVAL): defined by each port.
static clockid_t port_clock_id(int clock);
static const char *port_clock_name(int clock);
static int port_clock_from_number(int64_t number, clockid_t *out);

int64_t kr_port_clock_ns(int clock) {
    struct timespec t;
    if (clock_gettime(port_clock_id(clock), &t) != 0) {
        return 0;
    }
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

void kr_port_clock_info(int clock, KrPortClockInfo *info) {
    struct timespec r;
    info->implementation = port_clock_name(clock);
    info->resolution_ns = clock_getres(port_clock_id(clock), &r) == 0 ? (int64_t)r.tv_sec * 1000000000 + r.tv_nsec : 1;
    info->monotonic = clock != KR_CLOCK_REALTIME;
    info->adjustable = clock == KR_CLOCK_REALTIME;
}

// clock_gettime or clock_getres on a time.CLOCK_* number.
static int port_clock_query(int64_t clk_id, int64_t *ns, int (*query)(clockid_t, struct timespec *)) {
    struct timespec t;
    clockid_t id;
    if (port_clock_from_number(clk_id, &id) != 0) {
        return EINVAL;
    }
    if (query(id, &t) != 0) {
        return errno;
    }
    *ns = (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
    return 0;
}

int kr_port_clock_gettime_id(int64_t clk_id, int64_t *ns) {
    return port_clock_query(clk_id, ns, clock_gettime);
}

int kr_port_clock_getres_id(int64_t clk_id, int64_t *ns) {
    return port_clock_query(clk_id, ns, clock_getres);
}

#if defined(__wasi__) || defined(__EMSCRIPTEN__)
// Only the wall clock and a monotonic clock exist on wasm hosts: CPU-time
// clocks fall back to the monotonic one.
static clockid_t port_clock_id(int clock) {
    return clock == KR_CLOCK_REALTIME ? CLOCK_REALTIME : CLOCK_MONOTONIC;
}

static const char *port_clock_name(int clock) {
    return clock == KR_CLOCK_REALTIME ? "clock_gettime(CLOCK_REALTIME)" : "clock_gettime(CLOCK_MONOTONIC)";
}

static int port_clock_from_number(int64_t number, clockid_t *out) {
    if (number != 0 && number != 1) {
        return EINVAL;
    }
    *out = number == 0 ? CLOCK_REALTIME : CLOCK_MONOTONIC;
    return 0;
}

// Numbered as on Linux (the ids themselves may not be integers).
const KrPortNamedInt kr_port_clock_ids[] = {
    {"CLOCK_MONOTONIC", 1},
    {"CLOCK_REALTIME", 0},
    {NULL, 0},
};
#endif

#if !defined(__wasi__) && !defined(__EMSCRIPTEN__)
// Hosts whose C library knows the local zone (from TZ and the zone files).
int kr_port_localtime(int64_t t, KrPortTm *tm) {
    return port_libc_localtime(t, tm);
}

int kr_port_mktime(const KrPortTm *tm, int64_t *out) {
    return port_libc_mktime(tm, out);
}

void kr_port_tzset(void) {
    tzset();
}
#endif

#endif
