// SPDX-License-Identifier: MIT
// Struct sequences: tuple subclasses with named fields (time.struct_time,
// sys.version_info, os.stat_result...), as CPython's structseq.
#ifndef KR_STRUCTSEQ_H
#define KR_STRUCTSEQ_H

#include "containers.h"
#include "object.h"

// A struct sequence type is a static KrType with base_type = &kr_tuple_type,
// flags KR_TYPE_TUPLE_SUBCLASS, the KR_STRUCTSEQ_SLOTS below, a getset table
// naming every field in order (getter kr_structseq_get_<i>, setter
// kr_structseq_readonly), type_data pointing at one of these, and .new_ =
// kr_structseq_new_slot where Python code may create instances. The first
// n_in_sequence fields are the tuple's items (len, indexing, repr); the others
// are reachable by name only (struct_time's tm_zone, tm_gmtoff).
typedef struct KrStructSeqDesc {
    int n_in_sequence;
    int n_fields;
} KrStructSeqDesc;

#define KR_STRUCTSEQ_MAX_FIELDS 24

// The getters of field 0..KR_STRUCTSEQ_MAX_FIELDS-1.
#define KR_STRUCTSEQ_INDEXES(X) \
    X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15) X(16) X(17) \
    X(18) X(19) X(20) X(21) X(22) X(23)
#define X(i) KrObject *kr_structseq_get_##i(KrThread *ts, KrObject *self);
KR_STRUCTSEQ_INDEXES(X)
#undef X
// The setter of every field: AttributeError "readonly attribute".
int kr_structseq_readonly(KrThread *ts, KrObject *self, KrObject *value);

void kr_structseq_dealloc(KrThread *ts, KrObject *self);
KrObject *kr_structseq_repr(KrThread *ts, KrObject *self);
// type(sequence, dict=None): n_in_sequence..n_fields items, the rest from dict or None.
KrObject *kr_structseq_new_slot(KrThread *ts, KrType *type, KrObject *const *args, size_t nargs, KrObject *kwnames);
extern const KrMethodDef kr_structseq_methods[]; // __reduce__

#define KR_STRUCTSEQ_SLOTS                                                       \
    .base = KR_STATIC_HEAD(&kr_type_type), .basicsize = sizeof(KrTuple),         \
    .flags = KR_TYPE_TUPLE_SUBCLASS, .base_type = &kr_tuple_type,                \
    .dealloc = kr_structseq_dealloc, .repr = kr_structseq_repr, .methods = kr_structseq_methods

// A new instance with every field NULL: fill all n_fields with
// kr_structseq_set (the creator must set each one).
KrObject *kr_structseq_new(KrThread *ts, KrType *type);
// Stores field i (steals v; NULL v is allowed and makes the caller fail later).
void kr_structseq_set(KrObject *seq, int i, KrObject *v);
// A new instance with every field set, or NULL if any v[i] is NULL (the
// references in v are stolen either way).
KrObject *kr_structseq_pack(KrThread *ts, KrType *type, KrObject **v);
// Adds n_fields, n_sequence_fields and n_unnamed_fields to the type's dict
// (kr_type_dict does it when it makes a struct sequence type's dict).
int kr_structseq_init_type(KrThread *ts, KrType *type);

#endif
