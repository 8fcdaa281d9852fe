// SPDX-License-Identifier: MIT
// What the `krait` command needs from the host it runs on; CMake picks one
// implementation per build (host_posix.c, host_wasi.c, host_emscripten.c), so
// the CLI itself has no target #ifdefs.
#ifndef KRAIT_CLI_HOST_H
#define KRAIT_CLI_HOST_H

// Called first thing in main().
void cli_host_start(void);
// Whether standard input is an interactive terminal (REPL) or a pipe/file.
int cli_stdin_is_tty(void);

#endif
