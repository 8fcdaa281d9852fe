// SPDX-License-Identifier: MIT
// Krait's public embedding API: the only header the CLI, the web host and the
// WASI host include.
#ifndef KRAIT_H
#define KRAIT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KRAIT_VERSION "3.11.0"
#define KRAIT_VERSION_MAJOR 3
#define KRAIT_VERSION_MINOR 11
#define KRAIT_VERSION_MICRO 0

typedef struct KrVM KrVM;

// Receives output written to sys.stdout (fd 1) or sys.stderr (fd 2).
typedef void (*KrWriteFn)(void *userdata, int fd, const char *data, size_t len);
// Reads one line for input() / sys.stdin into buf (at most size-1 bytes, NUL
// terminated, newline kept). Returns the number of bytes, 0 at EOF, -1 on error.
typedef long (*KrReadLineFn)(void *userdata, char *buf, size_t size);

typedef struct KrConfig {
    int argc;              // sys.argv
    char **argv;
    KrWriteFn write;       // NULL: write to the process's stdout/stderr
    KrReadLineFn readline; // NULL: read the process's stdin
    void *userdata;        // passed to the callbacks
    int interactive;       // 1: sys.flags.interactive-like REPL session
    int dont_write_bytecode; // 1: imports write no .pyc files (-B; also PYTHONDONTWRITEBYTECODE)
} KrConfig;

// Creates an interpreter; NULL when out of memory. `config` may be NULL.
// Several interpreters may live in one process; they share no state.
KrVM *krait_new(const KrConfig *config);

// Destroys an interpreter and frees every object it owns.
void krait_free(KrVM *vm);

// Runs source text as the __main__ module. Returns the exit status a Python
// process would have: 0 on success, 1 after an uncaught exception (its
// traceback is written to stderr), n for SystemExit(n).
int krait_run_string(KrVM *vm, const char *source, const char *filename);

// Reads and runs a file as __main__ (status 2 and a message if it can't be read).
int krait_run_file(KrVM *vm, const char *path);

// Compiles a file (without running it) and writes the disassembly of its code,
// and of every function and class body in it, to stdout in the layout of
// CPython's dis.dis (`krait -X dis FILE`). Returns 0, 1 after a SyntaxError
// (written to stderr as an uncaught exception), 2 if the file can't be read.
int krait_disassemble(KrVM *vm, const char *path);

// Runs one interactive statement, as the REPL does: expression values are
// echoed with repr and stored in `_`. Returns as krait_run_string, or
// KRAIT_INCOMPLETE when `source` is an unfinished block that needs more lines.
#define KRAIT_INCOMPLETE (-1)
int krait_run_interactive(KrVM *vm, const char *source);

// True when the last run ended with SystemExit (the REPL then stops).
int krait_exited(KrVM *vm);

// The text of the last uncaught exception ("ZeroDivisionError: division by
// zero"), or NULL if the last run succeeded. Valid until the next run.
const char *krait_last_error(KrVM *vm);

#ifdef __cplusplus
}
#endif

#endif
