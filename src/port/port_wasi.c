// SPDX-License-Identifier: MIT
// The platform layer for WASI (wasm32-wasi, run by node's WASI or a runtime).
#ifdef __wasi__
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE // struct tm's tm_gmtoff and tm_zone
#include "port_common.h"

const char *kr_port_platform(void) {
    return "wasi";
}

int kr_port_c_recursion_limit(void) {
    // An 8 MiB linear stack, but the host engine's native stack comes first under V8.
    return 700;
}
// ---- clocks and local time ---------------------------------------------------

// Only the wall clock and a monotonic clock exist here: CPU-time clocks
// fall back to the monotonic one.
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

// No zone database: local time is UTC.
int kr_port_localtime(int64_t t, KrPortTm *tm) {
    int rc = kr_port_gmtime(t, tm);
    strcpy(tm->zone, "UTC");
    return rc;
}

int kr_port_mktime(const KrPortTm *tm, int64_t *out) {
    *out = port_timegm(tm);
    return 0;
}

void kr_port_tzset(void) {
}
#endif
