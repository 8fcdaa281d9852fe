// SPDX-License-Identifier: MIT
// The .pyc cache: reads, checks and writes __pycache__/NAME.krait-311.pyc files.
#include "pyc.h"

#include <string.h>

#include "../compiler/ast.h"
#include "../object/bytes.h"
#include "../object/code.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/str.h"
#include "../port/port.h"
#include "marshal.h"

static uint32_t fnv1a(uint32_t h, const void *data, size_t n) {
    const uint8_t *p = data;
    for (size_t i = 0; i < n; i++) {
        h = (h ^ p[i]) * 16777619u;
    }
    return h;
}

uint32_t kr_pyc_magic(void) {
    static const char *const shapes[] = {
#define OP(name, arg, effect, jeffect) #name ":" #arg,
#include "../compiler/opcodes.def"
#undef OP
    };
    uint32_t h = 2166136261u;
    int version = KR_BYTECODE_VERSION;
    h = fnv1a(h, &version, sizeof version);
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++) {
        h = fnv1a(h, shapes[i], strlen(shapes[i]) + 1);
    }
    uint32_t number = (h ^ (h >> 16)) & 0xFFFF;
    return number | (uint32_t)'\r' << 16 | (uint32_t)'\n' << 24;
}

char *kr_pyc_cache_path(KrThread *ts, const char *source_path) {
    size_t n = strlen(source_path);
    if (n < 3 || strcmp(source_path + n - 3, ".py") != 0) {
        return NULL;
    }
    const char *slash = strrchr(source_path, '/');
    size_t dirlen = slash ? (size_t)(slash - source_path) + 1 : 0;
    size_t stemlen = n - 3 - dirlen;
    size_t total = dirlen + sizeof "__pycache__/" + stemlen + sizeof "." KR_PYC_TAG ".pyc";
    char *out = kr_mem_alloc(ts, total);
    if (!out) {
        return NULL;
    }
    memcpy(out, source_path, dirlen);
    memcpy(out + dirlen, "__pycache__/", 12);
    memcpy(out + dirlen + 12, source_path + dirlen, stemlen);
    strcpy(out + dirlen + 12 + stemlen, "." KR_PYC_TAG ".pyc");
    return out;
}

static uint32_t get_u32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

int kr_pyc_fix_importlib(KrThread *ts, KrObject *module) {
    KrObject *name = kr_dict_get_item_str(ts, KR_MODULE_DICT(module), "__name__");
    if (!name || !kr_str_check(name) || !kr_str_equal_cstr(name, "importlib._bootstrap_external")) {
        return 0;
    }
    uint8_t raw[4];
    put_u32(raw, kr_pyc_magic());
    KrObject *magic = kr_bytes_from(ts, (const char *)raw, 4);
    KrObject *number = kr_int_from_i64(ts, kr_pyc_magic());
    int rc = magic && number && kr_dict_set_item_str(ts, KR_MODULE_DICT(module), "MAGIC_NUMBER", magic) == 0 &&
                     kr_dict_set_item_str(ts, KR_MODULE_DICT(module), "_RAW_MAGIC_NUMBER", number) == 0
                 ? 0
                 : -1;
    KR_XDECREF(ts, magic);
    KR_XDECREF(ts, number);
    return rc;
}

KrObject *kr_pyc_dumps(KrThread *ts, KrObject *code, int64_t mtime, int64_t size) {
    KrObject *body = kr_marshal_dumps(ts, code, KR_MARSHAL_VERSION);
    if (!body) {
        return NULL;
    }
    intptr_t n = KR_BYTES_SIZE(body);
    KrObject *out = kr_bytes_new(ts, KR_PYC_HEADER_SIZE + n);
    if (out) {
        uint8_t *p = (uint8_t *)KR_BYTES_DATA(out);
        put_u32(p, kr_pyc_magic());
        put_u32(p + 4, 0);
        put_u32(p + 8, (uint32_t)mtime);
        put_u32(p + 12, (uint32_t)size);
        memcpy(p + KR_PYC_HEADER_SIZE, KR_BYTES_DATA(body), (size_t)n);
    }
    KR_DECREF(ts, body);
    return out;
}

// The cached code when the file exists and matches the source; NULL (with
// no exception) otherwise.
static KrObject *read_cache(KrThread *ts, const char *pyc, const KrPortStat *src) {
    size_t len;
    int err;
    char *data = kr_port_read_file(pyc, &len, &err);
    if (!data) {
        return NULL;
    }
    KrObject *code = NULL;
    const uint8_t *p = (const uint8_t *)data;
    if (len >= KR_PYC_HEADER_SIZE && get_u32(p) == kr_pyc_magic() && get_u32(p + 4) == 0 &&
        get_u32(p + 8) == (uint32_t)src->mtime && get_u32(p + 12) == (uint32_t)src->size) {
        size_t used = 0;
        code = kr_marshal_loads(ts, data + KR_PYC_HEADER_SIZE, len - KR_PYC_HEADER_SIZE, &used);
        if (!code || KR_TYPE(code) != &kr_code_type || used != len - KR_PYC_HEADER_SIZE) {
            // A damaged cache is not an error: the source is compiled again.
            KR_XDECREF(ts, code);
            code = NULL;
            kr_err_clear(ts);
        }
    }
    kr_port_free(data);
    return code;
}

// Writes the cache next to the source, creating __pycache__; failures are ignored.
static void write_cache(KrThread *ts, const char *pyc, KrObject *code, const KrPortStat *src) {
    KrObject *bytes = kr_pyc_dumps(ts, code, src->mtime, src->size);
    if (!bytes) {
        kr_err_clear(ts);
        return;
    }
    const char *slash = strrchr(pyc, '/');
    size_t dirlen = (size_t)(slash - pyc);
    char *dir = kr_mem_alloc(ts, dirlen + 1);
    if (dir) {
        memcpy(dir, pyc, dirlen);
        dir[dirlen] = '\0';
        if (kr_port_mkdir(dir) == 0) {
            kr_port_write_file_atomic(pyc, KR_BYTES_DATA(bytes), (size_t)KR_BYTES_SIZE(bytes));
        }
        kr_mem_free(ts, dir);
    } else {
        kr_err_clear(ts);
    }
    KR_DECREF(ts, bytes);
}

// Counts compilations in sys._krait_compile_count, so tests can see whether
// an import used the cache.
static void count_compile(KrThread *ts) {
    KrObject *sysd = ts->vm->sys_dict;
    KrObject *old = sysd ? kr_dict_get_item_str(ts, sysd, "_krait_compile_count") : NULL;
    int ovf = 0;
    int64_t n = old && kr_int_check(old) ? kr_int_as_i64(old, &ovf) : 0;
    KrObject *v = kr_int_from_i64(ts, n + 1);
    if (!v || kr_dict_set_item_str(ts, sysd, "_krait_compile_count", v) < 0) {
        kr_err_clear(ts);
    }
    KR_XDECREF(ts, v);
}

KrObject *kr_pyc_get_code(KrThread *ts, const char *source_path, bool write) {
    KrPortStat st;
    kr_port_stat(source_path, &st);
    char *pyc = st.kind == 1 ? kr_pyc_cache_path(ts, source_path) : NULL;
    if (!pyc && kr_err_occurred(ts)) {
        return NULL;
    }
    KrObject *code = pyc ? read_cache(ts, pyc, &st) : NULL;
    if (code) {
        kr_mem_free(ts, pyc);
        return code;
    }
    size_t len;
    int err = 0;
    char *text = kr_port_read_file(source_path, &len, &err);
    if (!text) {
        kr_mem_free(ts, pyc);
        KrObject *fn = kr_str_from_cstr(ts, source_path);
        if (fn) {
            kr_exc_raise_errno(ts, err, fn, NULL);
            KR_DECREF(ts, fn);
        }
        return NULL;
    }
    count_compile(ts);
    char *decoded = NULL;
    const char *src = kr_source_decode(ts, text, &len, source_path, false, &decoded);
    code = src ? kr_compile_source(ts, src, len, source_path, KR_MODE_EXEC, NULL) : NULL;
    kr_mem_free(ts, decoded);
    kr_port_free(text);
    if (code && pyc && write) {
        write_cache(ts, pyc, code, &st);
    }
    kr_mem_free(ts, pyc);
    return code;
}
