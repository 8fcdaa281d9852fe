// SPDX-License-Identifier: MIT
// Source bytes to the UTF-8 text the lexer reads: PEP 263 coding cookies, the BOM.
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "../base/utf8.h"
#include "../object/bytes.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../vm/vm.h"
#include "ast.h"

// The encoding named by a cookie ("# -*- coding: NAME -*-") on one of the first
// two lines, copied as written into name; false when there is none. The cookie
// must sit in a comment, and line 2 counts only after a comment or blank line 1.
static bool find_cookie(const char *text, size_t len, char *name, size_t size) {
    size_t p = 0;
    for (int line = 0; line < 2 && p < len; line++) {
        size_t end = p;
        while (end < len && text[end] != '\n') {
            end++;
        }
        size_t q = p;
        while (q < end && (text[q] == ' ' || text[q] == '\t' || text[q] == '\f')) {
            q++;
        }
        if (q < end && text[q] == '#') {
            for (size_t k = q; k + 7 <= end; k++) {
                if (memcmp(text + k, "coding", 6) == 0 && (text[k + 6] == ':' || text[k + 6] == '=')) {
                    size_t v = k + 7, n = 0;
                    while (v < end && (text[v] == ' ' || text[v] == '\t')) {
                        v++;
                    }
                    while (v < end && n + 1 < size &&
                           (isalnum((unsigned char)text[v]) || text[v] == '-' || text[v] == '_' || text[v] == '.')) {
                        name[n++] = text[v++];
                    }
                    name[n] = '\0';
                    if (n > 0) {
                        return true;
                    }
                }
            }
        } else if (q < end && text[q] != '\r') {
            return false;
        }
        p = end + 1;
    }
    return false;
}

// CPython's spelling of a cookie's encoding: the UTF-8 and Latin-1 families
// get their canonical names ("utf-8", "iso-8859-1"), others stay as written.
static void normal_name(const char *name, char *out, size_t size) {
    char low[16];
    size_t n = 0;
    for (; name[n] && n + 1 < sizeof low; n++) {
        char c = (char)tolower((unsigned char)name[n]);
        low[n] = c == '_' ? '-' : c;
    }
    low[n] = '\0';
    static const char *const latin[] = {"latin-1", "iso-8859-1", "iso-latin-1"};
    if (strcmp(low, "utf-8") == 0 || strncmp(low, "utf-8-", 6) == 0) {
        snprintf(out, size, "utf-8");
        return;
    }
    for (int i = 0; i < 3; i++) {
        size_t m = strlen(latin[i]);
        if (strncmp(low, latin[i], m) == 0 && (low[m] == '\0' || low[m] == '-')) {
            snprintf(out, size, "iso-8859-1");
            return;
        }
    }
    snprintf(out, size, "%s", name);
}

// A SyntaxError about the source as a whole: CPython gives no position for
// the main script, and line 0, offset -1 elsewhere.
static void whole_source_error(KrThread *ts, const char *filename, bool script, const char *msg) {
    if (script) {
        kr_err_set_str(ts, &kr_exc_SyntaxError, msg);
        return;
    }
    KrObject *m = kr_str_from_cstr(ts, msg);
    KrObject *fn = kr_str_from_cstr(ts, filename);
    KrObject *ln = kr_int_from_i64(ts, 0);
    KrObject *off = kr_int_from_i64(ts, -1);
    KrObject *info = m && fn && ln && off ? kr_tuple_pack(ts, 4, fn, ln, off, KR_NONE) : NULL;
    KrObject *args = info ? kr_tuple_pack(ts, 2, m, info) : NULL;
    KR_XDECREF(ts, m);
    KR_XDECREF(ts, fn);
    KR_XDECREF(ts, ln);
    KR_XDECREF(ts, off);
    KR_XDECREF(ts, info);
    KrObject *e = args ? kr_exc_new(ts, &kr_exc_SyntaxError, args) : NULL;
    if (e) {
        kr_err_set_object(ts, e);
    }
}

// Decodes the whole source with a codec other than UTF-8 into *owned (UTF-8).
static const char *transcode(KrThread *ts, const char *text, size_t *len, const char *filename, bool script,
                             const char *enc, char **owned) {
    KrObject *s = kr_codec_decode(ts, text, (intptr_t)*len, enc, "strict");
    if (!s) {
        char msg[300];
        if (script) {
            snprintf(msg, sizeof msg, "encoding problem: %s", enc);
        } else if (kr_err_matches(ts, &kr_exc_LookupError)) {
            snprintf(msg, sizeof msg, "unknown encoding: %s", enc);
        } else {
            KrObject *exc = kr_err_fetch(ts);
            KrObject *str = exc ? kr_str(ts, exc) : NULL;
            const char *u = str ? kr_str_utf8(ts, str, NULL) : NULL;
            snprintf(msg, sizeof msg, "%s", u ? u : "encoding problem");
            KR_XDECREF(ts, str);
            KR_XDECREF(ts, exc);
        }
        kr_err_clear(ts);
        whole_source_error(ts, filename, script, msg);
        return NULL;
    }
    size_t n;
    const char *u = kr_str_utf8(ts, s, &n);
    char *out = u ? kr_mem_alloc(ts, n + 1) : NULL;
    if (out) {
        memcpy(out, u, n + 1);
        *owned = out;
        *len = n;
    }
    KR_DECREF(ts, s);
    return out;
}

const char *kr_source_decode(KrThread *ts, const char *text, size_t *len, const char *filename, bool script,
                             char **owned) {
    *owned = NULL;
    bool bom = *len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0;
    const char *body = bom ? text + 3 : text;
    size_t body_len = bom ? *len - 3 : *len;
    char name[64], enc[64];
    bool cookie = find_cookie(body, body_len, name, sizeof name);
    if (cookie) {
        normal_name(name, enc, sizeof enc);
        if (bom && strcmp(enc, "utf-8") != 0) {
            char msg[128];
            snprintf(msg, sizeof msg, "encoding problem: %s with BOM", enc);
            whole_source_error(ts, filename, script, msg);
            return NULL;
        }
        if (strcmp(enc, "utf-8") != 0) {
            *len = body_len;
            return transcode(ts, body, len, filename, script, enc, owned);
        }
    }
    if (script && !cookie && !bom) {
        // Without a declaration, CPython checks a script's bytes up front;
        // otherwise bad bytes are reported by the literal holding them.
        size_t bad = kr_utf8_validate(text, *len, NULL, NULL);
        if (bad < *len) {
            int line = 1;
            for (size_t i = 0; i < bad; i++) {
                line += text[i] == '\n';
            }
            kr_err_format(ts, &kr_exc_SyntaxError,
                          "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; "
                          "see https://peps.python.org/pep-0263/ for details",
                          (unsigned)(unsigned char)text[bad], filename, line);
            return NULL;
        }
    }
    return text;
}

bool kr_source_utf8_error(KrThread *ts, const char *s, size_t n, char *msg, size_t size) {
    if (kr_utf8_validate(s, n, NULL, NULL) == n) {
        return false;
    }
    KrObject *r = kr_codec_decode(ts, s, (intptr_t)n, "utf-8", "strict");
    KR_XDECREF(ts, r);
    KrObject *exc = kr_err_fetch(ts);
    KrObject *str = exc ? kr_str(ts, exc) : NULL;
    const char *u = str ? kr_str_utf8(ts, str, NULL) : NULL;
    snprintf(msg, size, "(unicode error) %s", u ? u : "'utf-8' codec can't decode bytes");
    kr_err_clear(ts);
    KR_XDECREF(ts, str);
    KR_XDECREF(ts, exc);
    return true;
}
