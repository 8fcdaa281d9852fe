// SPDX-License-Identifier: MIT
// Linux's errno numbering on every host, and the host's codes mapped to it.
#include <errno.h>
#include <stdio.h>

#include "port.h"

// The errno module's table: Linux's names and numbers.
#define KR_ERRNO(name, number) {#name, number},
#define KR_ERRNO_TEXT(number, text)
#define KR_ERRNO_HOST(name, number)
const KrPortNamedInt kr_port_errno_codes[] = {
#include "errno_linux.def"
    {NULL, 0},
};
#undef KR_ERRNO
#undef KR_ERRNO_TEXT
#undef KR_ERRNO_HOST

typedef struct ErrnoText {
    int number;
    const char *text;
} ErrnoText;

// glibc's strerror texts by Linux number.
#define KR_ERRNO(name, number)
#define KR_ERRNO_TEXT(number, text) {number, text},
#define KR_ERRNO_HOST(name, number)
static const ErrnoText errno_texts[] = {
#include "errno_linux.def"
};
#undef KR_ERRNO
#undef KR_ERRNO_TEXT
#undef KR_ERRNO_HOST

typedef struct ErrnoHost {
    int host, number;
} ErrnoHost;

// Each name the host's <errno.h> defines, as (host code, Linux number); the
// compiler resolves the names, so the same table serves every host.
#define KR_ERRNO(name, number)
#define KR_ERRNO_TEXT(number, text)
#define KR_ERRNO_HOST(name, number) {name, number},
static const ErrnoHost errno_host[] = {
#include "errno_linux.def"
};
#undef KR_ERRNO
#undef KR_ERRNO_TEXT
#undef KR_ERRNO_HOST

int kr_port_errno_linux(int host_err) {
    for (size_t i = 0; i < sizeof errno_host / sizeof errno_host[0]; i++) {
        if (errno_host[i].host == host_err) {
            return errno_host[i].number;
        }
    }
    return host_err;
}

const char *kr_port_strerror(int err, char buf[KR_PORT_STRERROR_SIZE]) {
    for (size_t i = 0; i < sizeof errno_texts / sizeof errno_texts[0]; i++) {
        if (errno_texts[i].number == err) {
            return errno_texts[i].text;
        }
    }
    snprintf(buf, KR_PORT_STRERROR_SIZE, "Unknown error %d", err);
    return buf;
}
