// SPDX-License-Identifier: MIT
// The suspendable loop: a generator-heavy program run by krait_step in tiny
// budgets (pausing thousands of times) prints exactly what one run prints.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "krait.h"

static const char *program =
    "def numbers(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "def evens(it):\n"
    "    yield from (x for x in it if x % 2 == 0)\n"
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "class Acc:\n"
    "    def __init__(self):\n"
    "        self.items = []\n"
    "    def add(self, x):\n"
    "        self.items.append(x)\n"
    "acc = Acc()\n"
    "for x in evens(numbers(300)):\n"
    "    acc.add(x * x)\n"
    "print(sum(acc.items), len(acc.items))\n"
    "print([fib(i) for i in range(15)])\n"
    "total = 0\n"
    "i = 0\n"
    "while i < 2000:\n"
    "    total += i % 7\n"
    "    i += 1\n"
    "print(total, sorted({k: k * k for k in range(10)}.items(), key=lambda kv: -kv[1])[:3])\n"
    "try:\n"
    "    raise ValueError('caught')\n"
    "except ValueError as e:\n"
    "    print('handled', e)\n";

typedef struct Output {
    char text[8192];
    size_t len;
} Output;

static void capture(void *userdata, int fd, const char *data, size_t len) {
    Output *o = userdata;
    if (fd != 1 || o->len + len >= sizeof o->text) {
        return;
    }
    memcpy(o->text + o->len, data, len);
    o->len += len;
    o->text[o->len] = '\0';
}

static KrVM *new_vm(Output *out) {
    KrConfig config;
    memset(&config, 0, sizeof config);
    config.write = capture;
    config.userdata = out;
    memset(out, 0, sizeof *out);
    return krait_new(&config);
}

int main(void) {
    Output whole, sliced;
    KrVM *vm = new_vm(&whole);
    if (!vm || krait_run_string(vm, program, "<whole>") != 0) {
        fprintf(stderr, "suspend: the one-go run failed\n");
        return 1;
    }
    krait_free(vm);

    vm = new_vm(&sliced);
    if (!vm || krait_start(vm, program, "<sliced>") != 0) {
        fprintf(stderr, "suspend: krait_start failed\n");
        return 1;
    }
    long pauses = 0;
    int status;
    while ((status = krait_step(vm, 3)) == KRAIT_PAUSED) {
        pauses++;
    }
    krait_free(vm);
    if (status != 0 || strcmp(whole.text, sliced.text) != 0 || pauses < 100) {
        fprintf(stderr, "suspend: status %d after %ld pauses\n--- whole\n%s--- sliced\n%s", status, pauses,
                whole.text, sliced.text);
        return 1;
    }
    // An interpreter freed while paused releases the paused frames.
    Output dropped;
    vm = new_vm(&dropped);
    if (!vm || krait_start(vm, program, "<dropped>") != 0 || krait_step(vm, 50) != KRAIT_PAUSED) {
        fprintf(stderr, "suspend: no pause in the dropped run\n");
        return 1;
    }
    krait_free(vm);
    printf("suspend: ok (%ld pauses)\n", pauses);
    return 0;
}
