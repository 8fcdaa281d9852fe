// SPDX-License-Identifier: MIT
// The platform layer for native POSIX hosts (Linux).
#if !defined(__EMSCRIPTEN__) && !defined(__wasi__)
#define _POSIX_C_SOURCE 200809L
#include "port_common.h"

const char *kr_port_platform(void) {
    return "linux";
}

int kr_port_c_recursion_limit(void) {
    // The main thread has an 8 MiB stack; each C re-entry of the VM costs a few hundred bytes
    // to a few KiB, and the sanitizer build much more.
    return 8000;
}
#endif
