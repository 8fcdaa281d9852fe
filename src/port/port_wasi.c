// SPDX-License-Identifier: MIT
// The platform layer for WASI (wasm32-wasi, run by node's WASI or a runtime).
#ifdef __wasi__
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE // struct tm's tm_gmtoff and tm_zone
#include "port_common.h"

const char *kr_port_platform(void) {
    return "wasi";
}

const char *kr_port_thread_name(void) {
    return "pthread-stubs";
}

int kr_port_c_recursion_limit(void) {
    // An 8 MiB linear stack, but the host engine's native stack comes first under V8.
    return 700;
}

// ---- local time ---------------------------------------------------------------

// wasi-libc has no zone code: read the zone files as glibc does (through the
// preopened directories), and use UTC where there are none.
int kr_port_localtime(int64_t t, KrPortTm *tm) {
    int rc = kr_port_zone_localtime(t, tm);
    if (rc >= 0) {
        return rc;
    }
    rc = kr_port_gmtime(t, tm);
    strcpy(tm->zone, "UTC");
    return rc;
}

int kr_port_mktime(const KrPortTm *tm, int64_t *out) {
    if (kr_port_zone_mktime(tm, out) < 0) {
        *out = kr_port_zone_timegm(tm);
    }
    return 0;
}

void kr_port_tzset(void) {
    // The zone is read afresh on each call.
}
#endif
