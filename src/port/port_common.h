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

const char *kr_port_strerror(int err) {
    return strerror(err);
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

#endif
