// SPDX-License-Identifier: MIT
// The _json module's shared pieces: the scanner (json_scanner.c) and the encoder (json_encoder.c).
#ifndef KR_JSON_H
#define KR_JSON_H

#include "../object/object.h"

extern KrType kr_json_scanner_type, kr_json_encoder_type;

// _json.scanstring(s, end, strict=True) -> (str, end after the closing quote).
KrObject *kr_json_scanstring(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames);
// Raises json.decoder.JSONDecodeError(msg, s, pos).
void kr_json_raise(KrThread *ts, const char *msg, KrObject *s, intptr_t pos);

#endif
