// SPDX-License-Identifier: MIT
// krait_disassemble (krait.h): `krait -X dis FILE` compiles a file and prints its listing.
#include <stdio.h>
#include <string.h>

#include "../compiler/ast.h"
#include "../compiler/dis.h"
#include "../object/str.h"
#include "../port/port.h"
#include "vm.h"

int krait_disassemble(KrVM *vm, const char *path) {
    size_t len;
    int err = 0;
    char *text = kr_port_read_file(path, &len, &err);
    if (!text) {
        char msg[512], buf[KR_PORT_STRERROR_SIZE];
        err = kr_port_errno_linux(err);
        snprintf(msg, sizeof msg, "krait: can't open file '%s': [Errno %d] %s\n", path, err, kr_port_strerror(err, buf));
        kr_vm_write(vm, 2, msg, strlen(msg));
        return 2;
    }
    KrThread *ts = vm->main_thread;
    // The code's filename is absolute, as for a script run as __main__.
    char *abs = kr_port_abspath(path);
    KrObject *code = kr_compile_source(ts, text, len, abs ? abs : path, KR_MODE_EXEC, NULL);
    kr_port_free(text);
    kr_port_free(abs);
    KrObject *listing = code ? kr_dis_code(ts, (KrCode *)code, -1) : NULL;
    KR_XDECREF(ts, code);
    if (!listing) {
        // A SyntaxError (or MemoryError) is reported as an uncaught exception would be.
        KrObject *exc = kr_err_fetch(ts);
        if (exc) {
            kr_err_print(ts, exc);
            KR_DECREF(ts, exc);
        }
        kr_vm_flush(vm, 2);
        return 1;
    }
    size_t n;
    const char *u = kr_str_utf8(ts, listing, &n);
    if (u) {
        kr_vm_write(vm, 1, u, n);
    }
    KR_DECREF(ts, listing);
    kr_vm_flush(vm, 1);
    return u ? 0 : 1;
}
