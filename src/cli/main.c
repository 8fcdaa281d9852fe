// SPDX-License-Identifier: MIT
// The `krait` command: python3's command line (a script, -c, -, the REPL) on top of krait.h.
//
// This is host code, not core: it may use stdio and unistd directly, and it sees the
// interpreter only through the public embedding API. The same file is the native
// program, krait.wasm (WASI) and build/web/krait.js (Emscripten under node).
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "host.h"
#include "krait.h"

#ifndef KRAIT_RELEASE
#define KRAIT_RELEASE "0.1.0"
#endif

#define STR2(x) #x
#define STR(x) STR2(x)
#define PYTHON_VERSION STR(KRAIT_VERSION_MAJOR) "." STR(KRAIT_VERSION_MINOR)

static const char usage_line[] = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] = "Options:\n"
                                "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
                                "-c cmd : program passed in as string (terminates option list)\n"
                                "-m mod : run library module as a script (terminates option list)\n"
                                "-h     : print this help message and exit (also -? or --help)\n"
                                "-V     : print the Krait version number and exit (also --version)\n"
                                "-X opt : set implementation-specific option; -X dis prints the bytecode\n"
                                "         of the script instead of running it (others are ignored)\n"
                                "file   : program read from script file\n"
                                "-      : program read from stdin (default; interactive mode if a tty)\n"
                                "arg ...: arguments passed to program in sys.argv[1:]\n";

// Prints python's usage complaint and returns its exit status for bad options.
static int usage_error(const char *what, const char *detail)
{
    fprintf(stderr, "%s%s\n%sTry `krait -h' for more information.\n", what, detail, usage_line);
    return 2;
}

// A growable byte buffer; text stays NUL-terminated.
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static int buf_append(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) {
            cap *= 2;
        }
        char *p = realloc(b->data, cap);
        if (!p) {
            return -1;
        }
        b->data = p;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

// Reads all of `f` into `b`; -1 on a read error or out of memory.
static int read_all(FILE *f, Buf *b)
{
    char chunk[8192];
    size_t n;
    if (buf_append(b, "", 0) < 0) {
        return -1;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (buf_append(b, chunk, n) < 0) {
            return -1;
        }
    }
    return ferror(f) ? -1 : 0;
}

// Reads one line (newline kept) into `b`, replacing its contents. Returns 0 at EOF
// with nothing read, 1 otherwise.
static int read_line(FILE *f, Buf *b)
{
    char chunk[1024];
    b->len = 0;
    if (buf_append(b, "", 0) < 0) {
        return 0;
    }
    while (fgets(chunk, sizeof chunk, f)) {
        size_t n = strlen(chunk);
        if (buf_append(b, chunk, n) < 0) {
            return 0;
        }
        if (n > 0 && chunk[n - 1] == '\n') {
            break;
        }
    }
    return b->len > 0;
}

// input() and sys.stdin read through the same stdio stream as the REPL, so text
// typed ahead is never split between two buffers.
static long cli_readline(void *userdata, char *buf, size_t size)
{
    (void)userdata;
    fflush(stdout);
    if (size == 0 || !fgets(buf, (int)(size > 0x7fffffff ? 0x7fffffff : size), stdin)) {
        return ferror(stdin) ? -1 : 0;
    }
    return (long)strlen(buf);
}

// python prints Linux errno numbers; wasi-libc numbers them differently, so the
// common cases are spelled out to keep the message the same on every host.
static void errno_text(int err, int *number, const char **text)
{
    static const struct {
        int err, linux_number;
        const char *text;
    } table[] = {
        {ENOENT, 2, "No such file or directory"}, {EACCES, 13, "Permission denied"},
        {ENOTDIR, 20, "Not a directory"},         {EISDIR, 21, "Is a directory"},
        {ENAMETOOLONG, 36, "File name too long"}, {ELOOP, 40, "Too many levels of symbolic links"},
        {EPERM, 1, "Operation not permitted"},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        if (table[i].err == err) {
            *number = table[i].linux_number;
            *text = table[i].text;
            return;
        }
    }
    *number = err;
    *text = strerror(err);
}

// Checks that the script can be opened, and reports it as python does if not
// (with the path made absolute by joining the working directory, unnormalised).
static int check_script(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f) {
        fclose(f);
        return 0;
    }
    int err = errno, number;
    const char *text;
    errno_text(err, &number, &text);
    char cwd[4096];
    if (path[0] != '/' && getcwd(cwd, sizeof cwd)) {
        fprintf(stderr, "krait: can't open file '%s%s%s': [Errno %d] %s\n", cwd, strcmp(cwd, "/") == 0 ? "" : "/", path,
                number, text);
    } else {
        fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", path, number, text);
    }
    return -1;
}


static int is_blank(const char *s)
{
    for (; *s; s++) {
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f') {
            return 0;
        }
    }
    return 1;
}

// The interactive loop: lines accumulate while the VM says the statement is
// incomplete; the blank line that ends a block is passed on as "\n", so the VM
// sees where the block stops. EOF (Ctrl-D) ends the session with a newline.
static int repl(KrVM *vm)
{
    Buf src = {0}, line = {0};
    int status = 0;
    printf("Krait %s (Python %s). Ctrl-D exits.\n", KRAIT_RELEASE, PYTHON_VERSION);
    for (;;) {
        fputs(src.len == 0 ? ">>> " : "... ", stdout);
        fflush(stdout);
        if (!read_line(stdin, &line)) {
            fputs("\n", stdout);
            break;
        }
        if (src.len == 0 && is_blank(line.data)) {
            continue;
        }
        int ok = is_blank(line.data) ? buf_append(&src, "\n", 1) : buf_append(&src, line.data, line.len);
        if (ok == 0 && src.data[src.len - 1] != '\n') {
            ok = buf_append(&src, "\n", 1);
        }
        if (ok < 0) {
            fputs("krait: out of memory\n", stderr);
            status = 1;
            break;
        }
        int st = krait_run_interactive(vm, src.data);
        fflush(stdout);
        if (st == KRAIT_INCOMPLETE) {
            continue;
        }
        src.len = 0;
        if (krait_exited(vm)) {
            status = st;
            break;
        }
    }
    free(src.data);
    free(line.data);
    return status;
}

int main(int argc, char **argv)
{
    const char *command = NULL;
    const char *module = NULL; // -m
    int disassemble = 0; // -X dis
    int dont_write_bytecode = 0; // -B
    int i = 1;

    cli_host_start();

    // Options come before the script, as python's; -c ends them.
    for (; i < argc && !command && !module; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0') {
            break; // the script, or "-" for stdin
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--version") == 0) {
                printf("Krait %s (Python %s)\n", KRAIT_RELEASE, PYTHON_VERSION);
                return 0;
            }
            if (strcmp(a, "--help") == 0) {
                printf("%s%s", usage_line, help_text);
                return 0;
            }
            return usage_error("unknown option ", a);
        }
        for (const char *p = a + 1; *p; p++) {
            if (*p == 'B') {
                dont_write_bytecode = 1;
                continue;
            }
            if (*p == 'V') {
                printf("Krait %s (Python %s)\n", KRAIT_RELEASE, PYTHON_VERSION);
                return 0;
            }
            if (*p == 'h' || *p == '?') {
                printf("%s%s", usage_line, help_text);
                return 0;
            }
            if (*p == 'c' || *p == 'm' || *p == 'X') {
                const char *value = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (!value) {
                    char opt[3] = {'-', *p, '\0'};
                    fprintf(stderr, "Argument expected for the %s option\n%sTry `krait -h' for more information.\n",
                            opt, usage_line);
                    return 2;
                }
                if (*p == 'c') {
                    command = value;
                } else if (*p == 'm') {
                    module = value;
                } else if (strcmp(value, "dis") == 0) {
                    disassemble = 1;
                }
                break; // the rest of this argument was the option's value
            }
            char opt[3] = {'-', *p, '\0'};
            return usage_error("Unknown option: ", opt);
        }
    }

    // sys.argv: ['-c', args...], [script, args...], ['-', args...] or [''].
    const char *script = command || module || i >= argc ? NULL : argv[i];
    int nargs = i < argc ? argc - i : 0;
    if (script) {
        nargs--; // the script is argv[0], counted below
    }
    char **kargv = malloc(sizeof(char *) * (size_t)(nargs + 2));
    if (!kargv) {
        fputs("krait: out of memory\n", stderr);
        return 1;
    }
    int kargc = 0;
    kargv[kargc++] = (char *)(command ? "-c" : module ? "-m" : script ? script : "");
    for (int k = script ? i + 1 : i; k < argc; k++) {
        kargv[kargc++] = argv[k];
    }
    kargv[kargc] = NULL;

    int interactive = !command && !module && !script && cli_stdin_is_tty();
    if (script && strcmp(script, "-") != 0 && check_script(script) < 0) {
        free(kargv);
        return 2;
    }

    KrConfig config = {0};
    config.argc = kargc;
    config.argv = kargv;
    config.readline = cli_readline;
    config.interactive = interactive;
    config.dont_write_bytecode = dont_write_bytecode;
    KrVM *vm = krait_new(&config);
    if (!vm) {
        fputs("krait: can't create the interpreter: out of memory\n", stderr);
        free(kargv);
        return 1;
    }

    int status;
    if (disassemble && script && strcmp(script, "-") != 0) {
        status = krait_disassemble(vm, script);
    } else if (command) {
        status = krait_run_string(vm, command, "<string>");
    } else if (module) {
        status = krait_run_module(vm, module);
    } else if (interactive) {
        status = repl(vm);
    } else if (!script || strcmp(script, "-") == 0) {
        Buf src = {0};
        if (read_all(stdin, &src) < 0) {
            fputs("krait: can't read stdin\n", stderr);
            status = 2;
        } else {
            status = krait_run_string(vm, src.data, "<stdin>");
        }
        free(src.data);
    } else {
        status = krait_run_file(vm, script);
    }

    krait_free(vm);
    free(kargv);
    fflush(stdout);
    fflush(stderr);
    // The OS keeps the low 8 bits of a status anyway; doing it here makes
    // sys.exit(-1) and sys.exit(256) the same on every host (255 and 0).
    return status & 0xff;
}
