// SPDX-License-Identifier: MIT
// The `krait` command's host hooks on native POSIX systems.
#include <unistd.h>

#include "host.h"

void cli_host_start(void) {
}

int cli_stdin_is_tty(void) {
    return isatty(0);
}
