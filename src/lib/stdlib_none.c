// SPDX-License-Identifier: MIT
// An empty standard-library bundle: what the stage-0 VM (krait_bundler) links, since it builds the real one.
#include <stddef.h>

const unsigned char kr_stdlib_bundle[] = "";
const size_t kr_stdlib_bundle_size = 0;
