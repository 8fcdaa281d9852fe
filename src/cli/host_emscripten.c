// SPDX-License-Identifier: MIT
// The `krait` command's host hooks in the Emscripten node build.
#include "host.h"

// Emscripten's NODERAWFS reports every standard stream as a TTY, so the node
// flavour asks node itself (web/krait_cli_lib.js, linked into build/web/krait.js).
int krait_host_isatty(int fd);

void cli_host_start(void) {
}

int cli_stdin_is_tty(void) {
    return krait_host_isatty(0);
}
