// SPDX-License-Identifier: MIT
// The "~~^~~" line CPython 3.11 prints under a traceback's source line.
#ifndef KR_CARETS_H
#define KR_CARETS_H

#include "../object/code.h"

// Writes the caret line for instruction `lasti` of `co`, whose source line
// (with its indentation, without the newline) is `line`; nothing when the
// position is unknown or the expression is the whole line. `margin` starts
// the line (the boxes of exception groups; "" outside them).
void kr_carets_print(KrThread *ts, KrCode *co, int lasti, const char *line, const char *margin);

#endif
