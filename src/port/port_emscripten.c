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
#endif
