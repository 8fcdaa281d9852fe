// SPDX-License-Identifier: MIT
// The runtime of the match statement: the bodies of MATCH_KEYS and MATCH_CLASS.
#ifndef KR_MATCH_H
#define KR_MATCH_H

#include "../object/object.h"

// MATCH_KEYS: a tuple of map.get(key) for each key of the tuple `keys`, or
// None (a new reference either way) when one is missing; NULL on error
// (ValueError when a key repeats).
KrObject *kr_match_keys(KrThread *ts, KrObject *map, KrObject *keys);

// MATCH_CLASS: if isinstance(subject, cls), a tuple of the `nargs` positional
// attributes (through cls.__match_args__, or the subject itself for the
// self-matching builtins) followed by the attributes named in the tuple
// `kwnames`; None when the match fails; NULL on error (TypeError for a bad
// class or __match_args__).
KrObject *kr_match_class(KrThread *ts, KrObject *subject, KrObject *cls, int nargs, KrObject *kwnames);

#endif
