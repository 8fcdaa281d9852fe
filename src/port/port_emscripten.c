// SPDX-License-Identifier: MIT
// The platform layer for Emscripten (browser and node).
#ifdef __EMSCRIPTEN__
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE // struct tm's tm_gmtoff and tm_zone
#include "port_common.h"

const char *kr_port_platform(void) {
    return "emscripten";
}

const char *kr_port_thread_name(void) {
    return "pthread";
}

int kr_port_c_recursion_limit(void) {
    // V8's own native stack, not the wasm stack, limits C recursion (see TOOLCHAIN.md).
    return 700;
}

// ---- local time ---------------------------------------------------------------

// Emscripten's localtime and mktime take a 32-bit time_t and ask JavaScript's
// Date, which names zones in words ("Coordinated Universal Time"): read the
// zone files as glibc does (NODERAWFS sees the host's), and use the C library
// only where there are none (a browser).
int kr_port_localtime(int64_t t, KrPortTm *tm) {
    int rc = kr_port_zone_localtime(t, tm);
    return rc >= 0 ? rc : port_libc_localtime(t, tm);
}

int kr_port_mktime(const KrPortTm *tm, int64_t *out) {
    int rc = kr_port_zone_mktime(tm, out);
    return rc >= 0 ? rc : port_libc_mktime(tm, out);
}

void kr_port_tzset(void) {
    // The zone is read afresh on each call; this resets only the C library's.
    tzset();
}
#endif
