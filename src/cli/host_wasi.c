// SPDX-License-Identifier: MIT
// The `krait` command's host hooks under WASI.
#include <stdlib.h>
#include <unistd.h>

#include "host.h"

// A WASI guest starts in "/"; run-wasi.mjs passes the host's working directory
// as PWD when the whole tree is preopened, so relative paths work.
void cli_host_start(void) {
    const char *pwd = getenv("PWD");
    if (pwd && pwd[0] == '/') {
        (void)chdir(pwd);
    }
}

int cli_stdin_is_tty(void) {
    return isatty(0);
}
