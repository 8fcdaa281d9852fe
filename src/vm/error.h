// SPDX-License-Identifier: MIT
// The exception printer shared by error.c and error_group.c (VM-internal).
#ifndef KR_ERROR_H
#define KR_ERROR_H

#include "vm.h"

// The state of printing one uncaught exception with its chain and groups,
// as CPython 3.11's exception_print_context.
typedef struct KrExcPrinter {
    KrThread *ts;
    int group_depth;    // how many exception-group boxes enclose what prints (0: none)
    bool need_close;    // the current group's last box still needs its closing line
    int chain_depth;    // causes/contexts being printed (bounded, as chains can be long)
    KrObject **seen;    // exceptions printed so far: a chain shows each once
    intptr_t nseen, capseen;
} KrExcPrinter;

void kr_error_write(KrExcPrinter *p, const char *s);
void kr_error_write_obj(KrExcPrinter *p, KrObject *s);
// Two spaces per enclosing group.
void kr_error_write_indent(KrExcPrinter *p);
// The indentation, then "| " inside a group: what starts each line of a box.
void kr_error_write_margin(KrExcPrinter *p);
// `exc` after its cause or context (each once), groups drawn in boxes.
void kr_error_print_chain(KrExcPrinter *p, KrObject *exc);
// One exception: its traceback, "Type: message" line and notes.
void kr_error_print_one(KrExcPrinter *p, KrObject *exc);

// error_group.c: an exception group, then each sub-exception in a numbered box.
void kr_error_group_print(KrExcPrinter *p, KrObject *eg);

#endif
