// SPDX-License-Identifier: MIT
// The .pyc cache: compiled modules kept in __pycache__/NAME.krait-311.pyc.
#ifndef KR_PYC_H
#define KR_PYC_H

#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

// Bump by hand whenever the meaning of Krait's bytecode or of the marshalled
// code object changes without opcodes.def changing shape. The magic number
// also hashes every opcode's name and operand kind (kr_pyc_magic), so adding,
// removing or reordering opcodes invalidates old caches by itself.
#define KR_BYTECODE_VERSION 1

// The cache tag in file names (sys.implementation.cache_tag in CPython).
#define KR_PYC_TAG "krait-311"

// A .pyc file is CPython's 16-byte header then the marshalled module code
// object, so importlib's Python loaders and py_compile read and write the same
// files. All fields are little-endian uint32:
//   magic    kr_pyc_magic(): a 16-bit number then b"\r\n", as CPython's
//            (importlib.util.MAGIC_NUMBER, set by kr_pyc_fix_importlib)
//   flags    0 (CPython's bit 0, hash-based pycs, is not used)
//   mtime    the source's modification time, seconds, modulo 2**32
//   size     the source's size in bytes, modulo 2**32
// A damaged body fails to unmarshal and the source is compiled again.
#define KR_PYC_HEADER_SIZE 16

uint32_t kr_pyc_magic(void);

// The cache file for a source path ("d/m.py" -> "d/__pycache__/m.krait-311.pyc"),
// malloc'd with kr_mem_alloc; NULL with MemoryError set. Sources not ending
// in ".py" map to NULL without an exception.
char *kr_pyc_cache_path(KrThread *ts, const char *source_path);

// The code object of a module's source file: from its .pyc when the header
// matches the source's mtime and size, else compiled from the source (then,
// when `write`, saved to the cache; failing to write is silent, as CPython's).
// A missing, stale or damaged cache is never an error.
KrObject *kr_pyc_get_code(KrThread *ts, const char *source_path, bool write);

// Gives a freshly run importlib._bootstrap_external Krait's magic number
// (its MAGIC_NUMBER and _RAW_MAGIC_NUMBER are CPython's literals). 0 or -1.
int kr_pyc_fix_importlib(KrThread *ts, KrObject *module);

// Header + marshalled code, the bytes of a .pyc file (for py_compile later).
KrObject *kr_pyc_dumps(KrThread *ts, KrObject *code, int64_t mtime, int64_t size);

#endif
