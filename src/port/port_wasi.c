// SPDX-License-Identifier: MIT
// The platform layer for WASI (wasm32-wasi, run by node's WASI or a runtime).
#ifdef __wasi__
#define _POSIX_C_SOURCE 200809L
#include "port_common.h"

const char *kr_port_platform(void) {
    return "wasi";
}

int kr_port_c_recursion_limit(void) {
    // An 8 MiB linear stack, but the host engine's native stack comes first under V8.
    return 700;
}
#endif
