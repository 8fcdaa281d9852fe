// SPDX-License-Identifier: MIT
// The itertools module's types, split over itertools.c (simple iterators),
// itertools_group.c (islice, pairwise, zip_longest, groupby, tee) and
// itertools_comb.c (product and the combinatoric iterators).
#ifndef KR_ITERTOOLS_H
#define KR_ITERTOOLS_H

#include "../object/object.h"

extern KrType kr_itertools_count_type, kr_itertools_cycle_type, kr_itertools_repeat_type;
extern KrType kr_itertools_accumulate_type, kr_itertools_chain_type, kr_itertools_compress_type;
extern KrType kr_itertools_dropwhile_type, kr_itertools_takewhile_type, kr_itertools_filterfalse_type;
extern KrType kr_itertools_starmap_type, kr_itertools_islice_type, kr_itertools_pairwise_type;
extern KrType kr_itertools_zip_longest_type, kr_itertools_groupby_type, kr_itertools_grouper_type;
extern KrType kr_itertools_tee_type, kr_itertools_teedata_type;
extern KrType kr_itertools_product_type, kr_itertools_permutations_type, kr_itertools_combinations_type;
extern KrType kr_itertools_cwr_type;

// itertools.tee(iterable, n=2) (itertools_group.c).
KrObject *kr_itertools_group_tee(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                 KrObject *kwnames);

#endif
