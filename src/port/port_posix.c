// SPDX-License-Identifier: MIT
// The platform layer for native POSIX hosts (Linux).
#if !defined(__EMSCRIPTEN__) && !defined(__wasi__)
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE // struct tm's tm_gmtoff and tm_zone
#include "port_common.h"

const char *kr_port_platform(void) {
    return "linux";
}

const char *kr_port_thread_name(void) {
    return "pthread";
}

int kr_port_c_recursion_limit(void) {
    // The main thread has an 8 MiB stack; each C re-entry of the VM costs a few hundred bytes
    // to a few KiB, and the sanitizer build much more.
    return 8000;
}
// ---- clocks and local time ---------------------------------------------------

static clockid_t port_clock_id(int clock) {
    static const clockid_t ids[KR_CLOCK_COUNT] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_MONOTONIC,
                                                  CLOCK_PROCESS_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID};
    return ids[clock];
}

static const char *port_clock_name(int clock) {
    static const char *const names[KR_CLOCK_COUNT] = {
        "clock_gettime(CLOCK_REALTIME)", "clock_gettime(CLOCK_MONOTONIC)", "clock_gettime(CLOCK_MONOTONIC)",
        "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"};
    return names[clock];
}

static int port_clock_from_number(int64_t number, clockid_t *out) {
    *out = (clockid_t)number;
    return 0;
}

const KrPortNamedInt kr_port_clock_ids[] = {
    {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
    {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
    {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
    {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
    {"CLOCK_REALTIME", CLOCK_REALTIME},
    {"CLOCK_TAI", CLOCK_TAI},
    {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
    {NULL, 0},
};

#endif
