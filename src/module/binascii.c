// SPDX-License-Identifier: MIT
// The binascii module: hex, base64, quoted-printable and the CRC-32 / CRC-CCITT checksums.
#include <string.h>

#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

static KrObject *raise_error(KrThread *ts, const char *fmt, ...) {
    KrObject *cls = ts->vm->binascii_error;
    va_list ap;
    va_start(ap, fmt);
    kr_err_vformat(ts, cls ? (KrType *)cls : &kr_exc_ValueError, fmt, ap);
    va_end(ap);
    return NULL;
}

// The bytes of a bytes-like argument, or of an ASCII-only str (the a2b_* functions).
static int ascii_data(KrThread *ts, KrObject *o, const char **p, intptr_t *n, bool allow_str) {
    if (allow_str && kr_str_check(o)) {
        size_t len;
        const char *s = kr_str_utf8(ts, o, &len);
        if (!s) {
            return -1;
        }
        if (kr_str_max_char(o) >= 0x80) {
            kr_err_set_str(ts, &kr_exc_ValueError, "string argument should contain only ASCII characters");
            return -1;
        }
        *p = s;
        *n = (intptr_t)len;
        return 0;
    }
    int r = kr_bytes_buffer(ts, o, p, n);
    if (r == 0 && allow_str) {
        kr_err_format(ts, &kr_exc_TypeError, "argument should be bytes, buffer or ASCII string, not '%T'", o);
    } else if (r == 0) {
        kr_err_format(ts, &kr_exc_TypeError, "a bytes-like object is required, not '%T'", o);
    }
    return r == 1 ? 0 : -1;
}

// Argument Clinic's message for a function with one positional parameter and keyword-only ones.
static int one_positional(KrThread *ts, const char *fname, size_t nargs) {
    if (nargs > 1) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes exactly 1 positional argument (%zu given)", fname, nargs);
        return -1;
    }
    return 0;
}

static int hexval(unsigned char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

// hexlify(data, sep=None, bytes_per_sep=1): bytes.hex()'s text as bytes.
static KrObject *ba_hexlify(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    static const char *const names[] = {"data", "sep", "bytes_per_sep", NULL};
    KrObject *a[3];
    if (kr_parse_args(ts, "hexlify", args, nargs, kw, names, 1, 1, 3, a) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, a[0], &p, &n) < 0) {
        return NULL;
    }
    KrObject *b = kr_bytes_from(ts, p, (size_t)n);
    KrObject *hex = b ? kr_getattr_cstr(ts, b, "hex") : NULL;
    KrObject *cargs[2] = {a[1], a[2]};
    KrObject *s = hex ? kr_call(ts, hex, cargs, a[2] ? 2 : a[1] ? 1 : 0, NULL) : NULL;
    KR_XDECREF(ts, b);
    KR_XDECREF(ts, hex);
    if (!s) {
        return NULL;
    }
    size_t len;
    const char *t = kr_str_utf8(ts, s, &len);
    KrObject *r = t ? kr_bytes_from(ts, t, len) : NULL;
    KR_DECREF(ts, s);
    return r;
}

static KrObject *ba_unhexlify(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    const char *p;
    intptr_t n;
    if (ascii_data(ts, arg, &p, &n, true) < 0) {
        return NULL;
    }
    if (n % 2) {
        return raise_error(ts, "Odd-length string");
    }
    KrObject *r = kr_bytes_new(ts, n / 2);
    for (intptr_t i = 0; r && i < n; i += 2) {
        int hi = hexval((unsigned char)p[i]), lo = hexval((unsigned char)p[i + 1]);
        if (hi < 0 || lo < 0) {
            KR_DECREF(ts, r);
            return raise_error(ts, "Non-hexadecimal digit found");
        }
        KR_BYTES_DATA(r)[i / 2] = (char)(hi << 4 | lo);
    }
    return r;
}

// ---- base64 ---------------------------------------------------------------------------------

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static int b64val(unsigned char c) {
    const char *hit = c ? strchr(b64chars, c) : NULL;
    return hit ? (int)(hit - b64chars) : -1;
}

static KrObject *ba_a2b_base64(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    static const char *const names[] = {"data", "strict_mode", NULL};
    KrObject *a[2];
    if (one_positional(ts, "a2b_base64", nargs) < 0 || kr_parse_args(ts, "a2b_base64", args, nargs, kw, names, 1, 1, 1, a) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    if (ascii_data(ts, a[0], &p, &n, true) < 0) {
        return NULL;
    }
    int strict = a[1] ? kr_is_true(ts, a[1]) : 0;
    if (strict < 0) {
        return NULL;
    }
    KrByteBuf b = {0};
    int quad = 0, pads = 0;
    unsigned left = 0;
    intptr_t data_chars = 0;
    bool padding = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '=') {
            if (strict && i == 0) {
                kr_bytes_buf_discard(ts, &b);
                return raise_error(ts, "Leading padding not allowed");
            }
            padding = true;
            if (quad >= 2 && quad + ++pads >= 4) {
                if (strict && i + 1 < n) {
                    kr_bytes_buf_discard(ts, &b);
                    return raise_error(ts, "Excess data after padding");
                }
                quad = 0;
                goto done;
            }
            continue;
        }
        int v = b64val(c);
        if (v < 0) {
            if (strict) {
                kr_bytes_buf_discard(ts, &b);
                return raise_error(ts, "Only base64 data is allowed");
            }
            continue;
        }
        if (strict && padding) {
            kr_bytes_buf_discard(ts, &b);
            return raise_error(ts, "Discontinuous padding not allowed");
        }
        pads = 0;
        data_chars++;
        switch (quad) {
        case 0:
            left = (unsigned)v;
            quad = 1;
            break;
        case 1:
            kr_bytes_buf_addc(ts, &b, (int)((left << 2 | (unsigned)v >> 4) & 0xFF));
            left = (unsigned)v & 0x0F;
            quad = 2;
            break;
        case 2:
            kr_bytes_buf_addc(ts, &b, (int)((left << 4 | (unsigned)v >> 2) & 0xFF));
            left = (unsigned)v & 0x03;
            quad = 3;
            break;
        default:
            kr_bytes_buf_addc(ts, &b, (int)((left << 6 | (unsigned)v) & 0xFF));
            quad = 0;
            break;
        }
    }
done:
    if (quad != 0) {
        kr_bytes_buf_discard(ts, &b);
        if (quad == 1) {
            return raise_error(ts,
                               "Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more "
                               "than a multiple of 4",
                               data_chars);
        }
        return raise_error(ts, "Incorrect padding");
    }
    return kr_bytes_buf_finish(ts, &b, false);
}

static KrObject *ba_b2a_base64(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    static const char *const names[] = {"data", "newline", NULL};
    KrObject *a[2];
    if (one_positional(ts, "b2a_base64", nargs) < 0 || kr_parse_args(ts, "b2a_base64", args, nargs, kw, names, 1, 1, 1, a) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, a[0], &p, &n) < 0) {
        return NULL;
    }
    int newline = a[1] ? kr_is_true(ts, a[1]) : 1;
    if (newline < 0) {
        return NULL;
    }
    KrByteBuf b = {0};
    const unsigned char *u = (const unsigned char *)p;
    for (intptr_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)u[i] << 16 | (i + 1 < n ? (uint32_t)u[i + 1] << 8 : 0) | (i + 2 < n ? u[i + 2] : 0);
        char out[4] = {b64chars[v >> 18], b64chars[(v >> 12) & 63], i + 1 < n ? b64chars[(v >> 6) & 63] : '=',
                       i + 2 < n ? b64chars[v & 63] : '='};
        if (kr_bytes_buf_add(ts, &b, out, 4) < 0) {
            kr_bytes_buf_discard(ts, &b);
            return NULL;
        }
    }
    if (newline && kr_bytes_buf_addc(ts, &b, '\n') < 0) {
        kr_bytes_buf_discard(ts, &b);
        return NULL;
    }
    return kr_bytes_buf_finish(ts, &b, false);
}

// ---- uuencode --------------------------------------------------------------------------------

// a2b_uu(data, /): one uuencoded line. Its first character gives the byte
// count; characters past the data must be blanks (or '`' padding); missing
// characters at the end of the line count as zeros, as CPython's.
static KrObject *ba_a2b_uu(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    const char *p;
    intptr_t n;
    if (ascii_data(ts, arg, &p, &n, true) < 0) {
        return NULL;
    }
    const unsigned char *u = (const unsigned char *)p;
    // An empty line reads as a NUL length character, as in CPython.
    intptr_t count = ((n > 0 ? u[0] : 0) - ' ') & 63, at = n > 0 ? 1 : 0;
    KrByteBuf b = {0};
    uint32_t bits = 0;
    int nbits = 0;
    for (; count > 0; at++) {
        unsigned c = at < n ? u[at] : 0;
        if (at >= n || c == '\n' || c == '\r') {
            c = 0; // blanks eaten at the end of the line
        } else if (c < ' ' || c > ' ' + 64) {
            kr_bytes_buf_discard(ts, &b);
            return raise_error(ts, "Illegal char");
        } else {
            c = (c - ' ') & 63;
        }
        bits = (bits << 6) | c;
        nbits += 6;
        if (nbits >= 8) {
            nbits -= 8;
            if (kr_bytes_buf_addc(ts, &b, (char)(bits >> nbits)) < 0) {
                kr_bytes_buf_discard(ts, &b);
                return NULL;
            }
            bits &= (1u << nbits) - 1;
            count--;
        }
    }
    for (; at < n; at++) {
        if (u[at] != ' ' && u[at] != ' ' + 64 && u[at] != '\n' && u[at] != '\r') {
            kr_bytes_buf_discard(ts, &b);
            return raise_error(ts, "Trailing garbage");
        }
    }
    return kr_bytes_buf_finish(ts, &b, false);
}

// b2a_uu(data, /, *, backtick=False): at most 45 bytes as one uuencoded line;
// backtick writes zeros as '`' instead of ' '.
static KrObject *ba_b2a_uu(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    static const char *const names[] = {"data", "backtick", NULL};
    KrObject *a[2];
    if (one_positional(ts, "b2a_uu", nargs) < 0 || kr_parse_args(ts, "b2a_uu", args, nargs, kw, names, 1, 1, 1, a) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, a[0], &p, &n) < 0) {
        return NULL;
    }
    int backtick = a[1] ? kr_is_true(ts, a[1]) : 0;
    if (backtick < 0) {
        return NULL;
    }
    if (n > 45) {
        return raise_error(ts, "At most 45 bytes at once");
    }
    KrByteBuf b = {0};
    const unsigned char *u = (const unsigned char *)p;
    int rc = kr_bytes_buf_addc(ts, &b, backtick && n == 0 ? '`' : (char)(' ' + n));
    for (intptr_t i = 0; rc == 0 && i < n; i += 3) {
        uint32_t v = (uint32_t)u[i] << 16 | (i + 1 < n ? (uint32_t)u[i + 1] << 8 : 0) | (i + 2 < n ? u[i + 2] : 0);
        for (int k = 18; rc == 0 && k >= 0; k -= 6) {
            unsigned c = (v >> k) & 63;
            rc = kr_bytes_buf_addc(ts, &b, backtick && c == 0 ? '`' : (char)(' ' + c));
        }
    }
    if (rc < 0 || kr_bytes_buf_addc(ts, &b, '\n') < 0) {
        kr_bytes_buf_discard(ts, &b);
        return NULL;
    }
    return kr_bytes_buf_finish(ts, &b, false);
}

// ---- checksums ------------------------------------------------------------------------------

// Reads the optional unsigned starting value (any int, truncated to `bits`).
static int start_value(KrThread *ts, KrObject *o, uint32_t *out) {
    *out = 0;
    if (!o) {
        return 0;
    }
    if (!kr_int_check(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
        return -1;
    }
    KrObject *mask = kr_int_from_u64(ts, 0xFFFFFFFFu);
    KrObject *low = mask ? kr_binop(ts, o, mask, KR_BINOP_AND) : NULL;
    KR_XDECREF(ts, mask);
    if (!low) {
        return -1;
    }
    int ovf = 0;
    *out = (uint32_t)kr_int_as_i64(low, &ovf);
    KR_DECREF(ts, low);
    return 0;
}

static KrObject *ba_crc32(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_check_positional(ts, "crc32", nargs, kw, 1, 2) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    uint32_t crc;
    if (kr_bytes_buffer_req(ts, args[0], &p, &n) < 0 || start_value(ts, nargs > 1 ? args[1] : NULL, &crc) < 0) {
        return NULL;
    }
    crc = ~crc;
    for (intptr_t i = 0; i < n; i++) {
        crc ^= (unsigned char)p[i];
        for (int k = 0; k < 8; k++) {
            crc = crc & 1 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
    }
    return kr_int_from_u64(ts, ~crc & 0xFFFFFFFFu);
}

static KrObject *ba_crc_hqx(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    if (kr_check_positional(ts, "crc_hqx", nargs, kw, 2, 2) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    uint32_t crc;
    if (kr_bytes_buffer_req(ts, args[0], &p, &n) < 0 || start_value(ts, args[1], &crc) < 0) {
        return NULL;
    }
    crc &= 0xFFFF;
    for (intptr_t i = 0; i < n; i++) {
        crc ^= (uint32_t)(unsigned char)p[i] << 8;
        for (int k = 0; k < 8; k++) {
            crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
        }
    }
    return kr_int_from_u64(ts, crc);
}

// ---- quoted-printable -----------------------------------------------------------------------

static KrObject *ba_a2b_qp(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    static const char *const names[] = {"data", "header", NULL};
    KrObject *a[2];
    if (kr_parse_args(ts, "a2b_qp", args, nargs, kw, names, 1, 0, 2, a) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    if (ascii_data(ts, a[0], &p, &n, true) < 0) {
        return NULL;
    }
    int header = a[1] ? kr_is_true(ts, a[1]) : 0;
    if (header < 0) {
        return NULL;
    }
    KrByteBuf b = {0};
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == '=') {
            if (i + 1 >= n) {
                break; // a soft line break at the very end
            }
            unsigned char d = (unsigned char)p[i + 1];
            if (d == '\n' || (d == '\r' && i + 2 < n && p[i + 2] == '\n')) {
                i += d == '\r' ? 2 : 1;
                continue;
            }
            if (d == '\r' && i + 2 >= n) {
                i++;
                continue;
            }
            int hi = hexval(d), lo = i + 2 < n ? hexval((unsigned char)p[i + 2]) : -1;
            if (hi >= 0 && lo >= 0) {
                kr_bytes_buf_addc(ts, &b, hi << 4 | lo);
                i += 2;
                continue;
            }
            kr_bytes_buf_addc(ts, &b, '=');
            continue;
        }
        kr_bytes_buf_addc(ts, &b, header && c == '_' ? ' ' : c);
    }
    return kr_bytes_buf_finish(ts, &b, false);
}

#define QP_MAXLINE 76

static void qp_escape(KrThread *ts, KrByteBuf *b, unsigned char c) {
    static const char hex[] = "0123456789ABCDEF";
    char out[3] = {'=', hex[c >> 4], hex[c & 15]};
    kr_bytes_buf_add(ts, b, out, 3);
}

static KrObject *ba_b2a_qp(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kw) {
    (void)self;
    static const char *const names[] = {"data", "quotetabs", "istext", "header", NULL};
    KrObject *a[4];
    if (kr_parse_args(ts, "b2a_qp", args, nargs, kw, names, 1, 0, 4, a) < 0) {
        return NULL;
    }
    const char *p;
    intptr_t n;
    if (kr_bytes_buffer_req(ts, a[0], &p, &n) < 0) {
        return NULL;
    }
    int quotetabs = a[1] ? kr_is_true(ts, a[1]) : 0;
    int istext = a[2] ? kr_is_true(ts, a[2]) : 1;
    int header = a[3] ? kr_is_true(ts, a[3]) : 0;
    if (quotetabs < 0 || istext < 0 || header < 0) {
        return NULL;
    }
    const unsigned char *u = (const unsigned char *)p;
    // Line ends are written as the data's first one is (CRLF or LF).
    const unsigned char *nl = memchr(u, '\n', (size_t)n);
    bool crlf = nl && nl > u && nl[-1] == '\r';
    const char *eol = crlf ? "\r\n" : "\n";
    KrByteBuf b = {0};
    intptr_t linelen = 0;
    for (intptr_t i = 0; i < n;) {
        unsigned char c = u[i];
        bool at_end = i + 1 == n;
        unsigned char next = at_end ? 0 : u[i + 1];
        bool encode = c > 126 || c == '=' || (header && c == '_') ||
                      (c == '.' && linelen == 0 && (at_end || next == '\n' || next == '\r' || next == 0)) ||
                      (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && at_end) ||
                      (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
        if (encode) {
            if (linelen + 3 >= QP_MAXLINE) {
                kr_bytes_buf_addc(ts, &b, '=');
                kr_bytes_buf_add(ts, &b, eol, (intptr_t)strlen(eol));
                linelen = 0;
            }
            qp_escape(ts, &b, c);
            linelen += 3;
            i++;
        } else if (istext && (c == '\n' || (c == '\r' && next == '\n'))) {
            linelen = 0;
            // Whitespace before a line end would be lost in transit: quote it.
            if (b.n > 0 && (b.p[b.n - 1] == ' ' || b.p[b.n - 1] == '\t')) {
                unsigned char ws = (unsigned char)b.p[--b.n];
                qp_escape(ts, &b, ws);
            }
            kr_bytes_buf_add(ts, &b, eol, (intptr_t)strlen(eol));
            i += c == '\r' ? 2 : 1;
        } else {
            if (!at_end && next != '\n' && linelen + 1 >= QP_MAXLINE) {
                kr_bytes_buf_addc(ts, &b, '=');
                kr_bytes_buf_add(ts, &b, eol, (intptr_t)strlen(eol));
                linelen = 0;
            }
            linelen++;
            kr_bytes_buf_addc(ts, &b, header && c == ' ' ? '_' : c);
            i++;
        }
    }
    return kr_bytes_buf_finish(ts, &b, false);
}

static const KrMethodDef binascii_fns[] = {
    {"hexlify", ba_hexlify, KR_METH_VARARGS, false, false, "Hexadecimal representation of binary data."},
    {"b2a_hex", ba_hexlify, KR_METH_VARARGS, false, false, "Hexadecimal representation of binary data."},
    {"unhexlify", ba_unhexlify, KR_METH_O, false, false, "Binary data of hexadecimal representation."},
    {"a2b_hex", ba_unhexlify, KR_METH_O, false, false, "Binary data of hexadecimal representation."},
    {"a2b_base64", ba_a2b_base64, KR_METH_VARARGS, false, false, "Decode a line of base64 data."},
    {"b2a_base64", ba_b2a_base64, KR_METH_VARARGS, false, false, "Base64-code line of data."},
    {"a2b_uu", ba_a2b_uu, KR_METH_O, false, false, "Decode a line of uuencoded data."},
    {"b2a_uu", ba_b2a_uu, KR_METH_VARARGS, false, false, "Uuencode line of data."},
    {"crc32", ba_crc32, KR_METH_VARARGS, false, false, "Compute CRC-32 incrementally."},
    {"crc_hqx", ba_crc_hqx, KR_METH_VARARGS, false, false, "Compute CRC-CCITT incrementally."},
    {"a2b_qp", ba_a2b_qp, KR_METH_VARARGS, false, false, "Decode a string of qp-encoded data."},
    {"b2a_qp", ba_b2a_qp, KR_METH_VARARGS, false, false, "Encode a string using quoted-printable encoding."},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_binascii_module_create(KrThread *ts) {
    KrVM *vm = ts->vm;
    if (!vm->binascii_error) {
        vm->binascii_error = kr_modsupport_exception(ts, "binascii", "Error", &kr_exc_ValueError);
        vm->binascii_incomplete = kr_modsupport_exception(ts, "binascii", "Incomplete", &kr_exc_Exception);
        if (!vm->binascii_error || !vm->binascii_incomplete) {
            return NULL;
        }
    }
    KrObject *m = kr_modsupport_module(ts, "binascii", "Conversion between binary data and ASCII", binascii_fns,
                                       (KrType *const[]){NULL});
    if (!m || kr_modsupport_add(ts, m, "Error", KR_INCREF(vm->binascii_error)) < 0 ||
        kr_modsupport_add(ts, m, "Incomplete", KR_INCREF(vm->binascii_incomplete)) < 0) {
        KR_XDECREF(ts, m);
        return NULL;
    }
    return m;
}
