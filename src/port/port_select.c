// SPDX-License-Identifier: MIT
// The platform layer behind the select module: poll, select and (on Linux)
// epoll. On the wasm hosts only some descriptors reach the host's poll (see
// port_poll_wait); Emscripten's poll never blocks, so the port waits out a
// timeout itself, polling between naps.
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE
#define _GNU_SOURCE // POLLMSG and POLLRDHUP
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stddef.h>
#include <stdlib.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <time.h>
#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/epoll.h>
#define PORT_HAVE_EPOLL 1
#else
#define PORT_HAVE_EPOLL 0
#endif

#include "port.h"

// WASI has no urgent data: its select() has no exceptional conditions to report.
#ifdef POLLPRI
#define PORT_POLLPRI POLLPRI
#else
#define PORT_POLLPRI 0
#endif

// KrPortPollFd is passed to poll() as is.
_Static_assert(sizeof(KrPortPollFd) == sizeof(struct pollfd), "KrPortPollFd must match struct pollfd");
_Static_assert(offsetof(KrPortPollFd, events) == offsetof(struct pollfd, events), "pollfd.events");
_Static_assert(offsetof(KrPortPollFd, revents) == offsetof(struct pollfd, revents), "pollfd.revents");

#if defined(__EMSCRIPTEN__)
// How long Emscripten naps between two polls while it waits.
#define PORT_NAP_NS 5000000

static int64_t port_now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

// Emscripten's poll only reports the present: wait out the timeout here.
static int port_host_poll(struct pollfd *fds, size_t n, int timeout_ms) {
    int64_t deadline = timeout_ms < 0 ? -1 : port_now_ns() + (int64_t)timeout_ms * 1000000;
    for (;;) {
        int rc = poll(fds, (nfds_t)n, 0);
        if (rc != 0) {
            return rc < 0 ? -errno : rc;
        }
        int64_t left = deadline < 0 ? PORT_NAP_NS : deadline - port_now_ns();
        if (left <= 0) {
            return 0;
        }
        kr_port_sleep_ns(left < PORT_NAP_NS ? left : PORT_NAP_NS);
    }
}

// Under NODERAWFS only the pipes (PIPEFS) can be polled: the node-backed
// streams have no poll operation, and Emscripten's poll fails on them. (Its
// fstat fails on those pipes with ENOENT, so what fstat cannot see goes to poll.)
static int port_host_polls(mode_t mode) {
    return S_ISFIFO(mode);
}
#elif defined(__wasi__)
static int port_host_poll(struct pollfd *fds, size_t n, int timeout_ms) {
    int rc = poll(fds, (nfds_t)n, timeout_ms);
    return rc < 0 ? -errno : rc;
}

// node's WASI polls descriptors with the host's epoll, which refuses regular
// files and directories (EPERM).
static int port_host_polls(mode_t mode) {
    return !S_ISREG(mode) && !S_ISDIR(mode);
}
#endif

#if defined(__EMSCRIPTEN__) || defined(__wasi__)
// The descriptors the host cannot poll are answered here as always ready
// (POSIX's rule for regular files, Linux's for files without a poll
// operation), as is one that is not open (POLLNVAL); the rest go to the host.
static int port_poll_wait(struct pollfd *fds, size_t n, int timeout_ms) {
    int ready = 0;
    size_t rest = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        int known = fstat(fds[i].fd, &st) == 0;
        if (!known && errno == EBADF) {
            fds[i].revents = POLLNVAL;
        } else if (known && !port_host_polls(st.st_mode)) {
            fds[i].revents = fds[i].events & (POLLIN | POLLOUT);
        } else {
            fds[i].revents = -1; // the host's to answer
            rest++;
            continue;
        }
        ready += fds[i].revents != 0;
    }
    if (rest == 0) {
        // Nothing for the host: it still waits out the timeout when nothing is ready.
        int rc = ready || timeout_ms == 0 ? 0 : port_host_poll(NULL, 0, timeout_ms);
        return rc < 0 ? rc : ready;
    }
    struct pollfd *host = malloc(rest * sizeof(struct pollfd));
    if (!host) {
        return -ENOMEM;
    }
    for (size_t i = 0, k = 0; i < n; i++) {
        if (fds[i].revents == -1) {
            host[k] = fds[i];
            host[k++].revents = 0;
        }
    }
    int rc = port_host_poll(host, rest, ready ? 0 : timeout_ms);
    for (size_t i = 0, k = 0; i < n; i++) {
        if (fds[i].revents == -1) {
            fds[i].revents = rc < 0 ? 0 : host[k].revents;
            k++;
        }
    }
    free(host);
    return rc < 0 ? rc : ready + rc;
}
#else
static int port_poll_wait(struct pollfd *fds, size_t n, int timeout_ms) {
    int rc = poll(fds, (nfds_t)n, timeout_ms);
    return rc < 0 ? -errno : rc;
}
#endif

int kr_port_poll(KrPortPollFd *fds, size_t n, int timeout_ms) {
    return port_poll_wait((struct pollfd *)fds, n, timeout_ms);
}

int kr_port_select_setsize(void) {
    return FD_SETSIZE;
}

#if defined(__EMSCRIPTEN__) || defined(__wasi__)
// Emscripten's select watches only descriptors below 64 and no exceptional
// conditions, and WASI's is poll_oneoff like its poll: answer both with the
// poll above, and EBADF for a descriptor that is not open.
int kr_port_select(KrPortSelectFd *fds, size_t n, int64_t timeout_us) {
    static const short wanted[3] = {POLLIN, POLLOUT, PORT_POLLPRI};
    struct pollfd *p = calloc(n ? n : 1, sizeof(struct pollfd));
    if (!p) {
        return -ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        p[i].fd = fds[i].fd;
        p[i].events = wanted[fds[i].set];
    }
    int64_t ms = timeout_us < 0 ? -1 : (timeout_us + 999) / 1000;
    int rc = port_poll_wait(p, n, ms > INT_MAX ? INT_MAX : (int)ms);
    int count = 0;
    for (size_t i = 0; rc >= 0 && i < n; i++) {
        if (p[i].revents & POLLNVAL) {
            rc = -EBADF;
            break;
        }
        // As select(), a hang-up or an error makes a descriptor readable and writable.
        short seen = (short)(fds[i].set == 2 ? PORT_POLLPRI : wanted[fds[i].set] | POLLHUP | POLLERR);
        fds[i].ready = (p[i].revents & seen) != 0;
        count += fds[i].ready;
    }
    free(p);
    return rc < 0 ? rc : count;
}
#else
int kr_port_select(KrPortSelectFd *fds, size_t n, int64_t timeout_us) {
    fd_set sets[3];
    int nfds = 0;
    for (int s = 0; s < 3; s++) {
        FD_ZERO(&sets[s]);
    }
    for (size_t i = 0; i < n; i++) {
        FD_SET(fds[i].fd, &sets[fds[i].set]);
        if (fds[i].fd >= nfds) {
            nfds = fds[i].fd + 1;
        }
    }
    struct timeval tv, *tvp = NULL;
    if (timeout_us >= 0) {
        tv.tv_sec = (time_t)(timeout_us / 1000000);
        tv.tv_usec = (suseconds_t)(timeout_us % 1000000);
        tvp = &tv;
    }
    int rc = select(nfds, &sets[0], &sets[1], &sets[2], tvp);
    if (rc < 0) {
        return -errno;
    }
    for (size_t i = 0; i < n; i++) {
        fds[i].ready = FD_ISSET(fds[i].fd, &sets[fds[i].set]) != 0;
    }
    return rc;
}
#endif

#if PORT_HAVE_EPOLL
int kr_port_has_epoll(void) {
    return 1;
}

int kr_port_epoll_create(void) {
    int fd = epoll_create1(EPOLL_CLOEXEC);
    return fd < 0 ? -errno : fd;
}

int kr_port_epoll_ctl(int epfd, int op, int fd, uint32_t events) {
    static const int ops[3] = {EPOLL_CTL_ADD, EPOLL_CTL_MOD, EPOLL_CTL_DEL};
    struct epoll_event ev = {.events = events};
    ev.data.fd = fd;
    return epoll_ctl(epfd, ops[op], fd, &ev) < 0 ? -errno : 0;
}

int kr_port_epoll_wait(int epfd, KrPortEpollEvent *out, int maxevents, int timeout_ms) {
    struct epoll_event *evs = malloc((size_t)maxevents * sizeof(struct epoll_event));
    if (!evs) {
        return -ENOMEM;
    }
    int rc = epoll_wait(epfd, evs, maxevents, timeout_ms);
    if (rc < 0) {
        rc = -errno;
    }
    for (int i = 0; i < rc; i++) {
        out[i].fd = evs[i].data.fd;
        out[i].events = evs[i].events;
    }
    free(evs);
    return rc;
}
#else
int kr_port_has_epoll(void) {
    return 0;
}

int kr_port_epoll_create(void) {
    return -ENOSYS;
}

int kr_port_epoll_ctl(int epfd, int op, int fd, uint32_t events) {
    (void)epfd;
    (void)op;
    (void)fd;
    (void)events;
    return -ENOSYS;
}

int kr_port_epoll_wait(int epfd, KrPortEpollEvent *out, int maxevents, int timeout_ms) {
    (void)epfd;
    (void)out;
    (void)maxevents;
    (void)timeout_ms;
    return -ENOSYS;
}
#endif

// The names each host's headers define (WASI has only the read/write, error,
// hang-up and invalid bits).
#define PORT_C(name) {#name, name},
const KrPortNamedInt kr_port_select_constants[] = {
#ifdef PIPE_BUF
    PORT_C(PIPE_BUF)
#endif
    PORT_C(POLLIN) PORT_C(POLLOUT) PORT_C(POLLERR) PORT_C(POLLHUP) PORT_C(POLLNVAL)
    PORT_C(POLLRDNORM) PORT_C(POLLWRNORM)
#ifdef POLLPRI
    PORT_C(POLLPRI)
#endif
#ifdef POLLRDBAND
    PORT_C(POLLRDBAND)
#endif
#ifdef POLLWRBAND
    PORT_C(POLLWRBAND)
#endif
#ifdef POLLMSG
    PORT_C(POLLMSG)
#endif
#ifdef POLLRDHUP
    PORT_C(POLLRDHUP)
#endif
#if PORT_HAVE_EPOLL
    PORT_C(EPOLLIN) PORT_C(EPOLLOUT) PORT_C(EPOLLPRI) PORT_C(EPOLLERR) PORT_C(EPOLLHUP)
    PORT_C(EPOLLET) PORT_C(EPOLLONESHOT) PORT_C(EPOLLEXCLUSIVE) PORT_C(EPOLLRDHUP)
    PORT_C(EPOLLRDNORM) PORT_C(EPOLLRDBAND) PORT_C(EPOLLWRNORM) PORT_C(EPOLLWRBAND)
    PORT_C(EPOLLMSG) PORT_C(EPOLL_CLOEXEC)
#endif
    {NULL, 0},
};
