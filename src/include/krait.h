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

// The sys.path entry of the bundled standard library, as zipimport's
// ".../python311.zip": a bundled module's __file__ (and co_filename) is this
// path + "/json/decoder.py". No such file exists; the name is the same on
// every platform.
#define KRAIT_STDLIB_BUNDLE_PATH "/usr/local/lib/krait311.bundle"

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

// Runs source text as __main__ a slice at a time, so that a host (a browser
// tab) stays responsive: krait_start compiles it (returning 0, or the status
// of krait_run_string after a SyntaxError); each krait_step then runs until
// about `budget` loop iterations and Python calls have executed (budget <= 0:
// to the end) and returns KRAIT_PAUSED, or the final status as
// krait_run_string. The paused state is all on the heap: nothing runs in
// between. Code called back from C (a key function, a generator's body) runs
// on: the pause comes when control is back in the script's own frames.
#define KRAIT_PAUSED (-1)
int krait_start(KrVM *vm, const char *source, const char *filename);
int krait_step(KrVM *vm, long long budget);

// Compiles a file (without running it) and writes the disassembly of its code,
// and of every function and class body in it, to stdout in the layout of
// CPython's dis.dis (`krait -X dis FILE`). Returns 0, 1 after a SyntaxError
// (written to stderr as an uncaught exception), 2 if the file can't be read.
int krait_disassemble(KrVM *vm, const char *path);

// Runs the module `name` as __main__, as `python -m name` does (runpy's
// semantics): it is found through the import system (sys.path[0] is the
// working directory), a package runs its __main__ submodule, and sys.argv[0]
// becomes the module's file. Returns as krait_run_file; status 1 with a
// message on stderr when there is no such module.
int krait_run_module(KrVM *vm, const char *name);

// Compiles `len` bytes of module source (`filename` is its co_filename) and
// stores the code object, marshalled as in a .pyc file after its header, in a
// malloc'd buffer: *out (release it with free()) and *out_len. Returns 0, or 1
// after a SyntaxError (written to stderr as an uncaught exception).
int krait_compile_marshal(KrVM *vm, const char *source, size_t len, const char *filename, char **out,
                          size_t *out_len);

// The magic number of the bytecode this build writes and reads (the first
// four bytes of its .pyc files, as a little-endian number).
unsigned long krait_bytecode_magic(void);

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
