// SPDX-License-Identifier: MIT
// Printing exception groups as CPython 3.11 does: each sub-exception in a
// numbered box drawn with "+-" and "| ", nested groups indented further.
#include <stdio.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "error.h"

// CPython's defaults (traceback.print_exception's max_group_width/depth).
#define MAX_GROUP_WIDTH 15
#define MAX_GROUP_DEPTH 10

void kr_error_group_print(KrExcPrinter *p, KrObject *eg) {
    char buf[96];
    if (p->group_depth > MAX_GROUP_DEPTH) {
        kr_error_write_margin(p);
        snprintf(buf, sizeof buf, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        kr_error_write(p, buf);
        return;
    }
    // A group printed outside any box opens the first level itself.
    if (p->group_depth == 0) {
        p->group_depth = 1;
    }
    kr_error_print_one(p, eg);
    KrObject *excs = KR_INCREF(KR_EXC_GROUP_EXCS(eg));
    intptr_t total = KR_TUPLE_SIZE(excs);
    intptr_t n = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (intptr_t i = 0; i < n; i++) {
        bool last = i == n - 1, truncated = i >= MAX_GROUP_WIDTH;
        if (last) {
            // A nested group printed in this box may draw the closing line itself.
            p->need_close = true;
        }
        kr_error_write_indent(p);
        kr_error_write(p, i == 0 ? "+-" : "  ");
        if (truncated) {
            kr_error_write(p, "+---------------- ... ----------------\n");
        } else {
            snprintf(buf, sizeof buf, "+---------------- %lld ----------------\n", (long long)(i + 1));
            kr_error_write(p, buf);
        }
        p->group_depth++;
        if (!truncated) {
            if (kr_enter_recursive(p->ts, " in print_exception_group") == 0) {
                kr_error_print_chain(p, KR_TUPLE_GET(excs, i));
                kr_leave_recursive(p->ts);
            } else {
                kr_err_clear(p->ts);
            }
        } else {
            intptr_t more = total - MAX_GROUP_WIDTH;
            kr_error_write_margin(p);
            snprintf(buf, sizeof buf, "and %lld more exception%s\n", (long long)more, more > 1 ? "s" : "");
            kr_error_write(p, buf);
        }
        if (last && p->need_close) {
            kr_error_write_indent(p);
            kr_error_write(p, "+------------------------------------\n");
            p->need_close = false;
        }
        p->group_depth--;
    }
    KR_DECREF(p->ts, excs);
    if (p->group_depth == 1) {
        p->group_depth = 0;
    }
}
