// SPDX-License-Identifier: MIT
// The time module: clocks, sleep, struct_time conversions and formatting,
// over the host's clocks and calendar in port/.
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "modules.h"
#include "modsupport.h"

#include "../compiler/ast.h"
#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/float.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../object/structseq.h"
#include "../port/port.h"
#include "../vm/vm.h"

#define NS_PER_SEC 1000000000

// ---- time.struct_time -----------------------------------------------------------

#define TM_FIELD(name, i) {name, kr_structseq_get_##i, kr_structseq_readonly, NULL}
static const KrGetSetDef struct_time_getsets[] = {
    TM_FIELD("tm_year", 0), TM_FIELD("tm_mon", 1),   TM_FIELD("tm_mday", 2),  TM_FIELD("tm_hour", 3),
    TM_FIELD("tm_min", 4),  TM_FIELD("tm_sec", 5),   TM_FIELD("tm_wday", 6),  TM_FIELD("tm_yday", 7),
    TM_FIELD("tm_isdst", 8), TM_FIELD("tm_zone", 9), TM_FIELD("tm_gmtoff", 10),
    {NULL, NULL, NULL, NULL},
};
#undef TM_FIELD

static const KrStructSeqDesc struct_time_desc = {9, 11};

KrType kr_struct_time_type = {
    KR_STRUCTSEQ_SLOTS,
    .name = "time.struct_time",
    .doc = "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
           " accepted by asctime(), mktime() and strftime().",
    .new_ = kr_structseq_new_slot,
    .getsets = struct_time_getsets,
    .type_data = &struct_time_desc,
};

// A struct_time from a broken-down time (Python's month 1..12, Monday = 0).
static KrObject *tm_to_struct(KrThread *ts, const KrPortTm *tm) {
    KrObject *v[11] = {
        kr_int_from_i64(ts, tm->year),        kr_int_from_i64(ts, tm->mon + 1),
        kr_int_from_i64(ts, tm->mday),        kr_int_from_i64(ts, tm->hour),
        kr_int_from_i64(ts, tm->min),         kr_int_from_i64(ts, tm->sec),
        kr_int_from_i64(ts, (tm->wday + 6) % 7), kr_int_from_i64(ts, tm->yday + 1),
        kr_int_from_i64(ts, tm->isdst),       kr_str_from_cstr(ts, tm->zone),
        kr_int_from_i64(ts, tm->gmtoff),
    };
    return kr_structseq_pack(ts, &kr_struct_time_type, v);
}

// OSError(err, strerror(err)) for a host errno code, as the matching subclass.
static KrObject *raise_errno(KrThread *ts, int err) {
    return kr_exc_raise_errno(ts, err, NULL, NULL);
}

// An item of a time tuple as a C int ('i' in CPython's argument parser).
static int item_as_int(KrThread *ts, KrObject *o, int *out) {
    KrObject *n = kr_number_index(ts, o);
    if (!n) {
        return -1;
    }
    int ovf;
    int64_t v = kr_int_as_i64(n, &ovf);
    int sign = kr_int_sign(n);
    KR_DECREF(ts, n);
    if (ovf || v > INT32_MAX || v < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError,
                       sign > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        return -1;
    }
    *out = (int)v;
    return 0;
}

// A 9-item time tuple (or struct_time) as a broken-down time, as CPython's
// gettmarg: Python's month and day-of-year are 1-based, its week starts on
// Monday. *zone gets struct_time's tm_zone (borrowed) or NULL.
static int tuple_to_tm(KrThread *ts, KrObject *t, const char *fname, KrPortTm *tm, KrObject **zone) {
    if (!kr_tuple_check(t)) {
        kr_err_set_str(ts, &kr_exc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (KR_TUPLE_SIZE(t) != 9) {
        kr_err_format(ts, &kr_exc_TypeError, "%s(): illegal time tuple argument", fname);
        return -1;
    }
    int v[9];
    for (int i = 0; i < 9; i++) {
        if (item_as_int(ts, KR_TUPLE_GET(t, i), &v[i]) < 0) {
            return -1;
        }
    }
    memset(tm, 0, sizeof *tm);
    tm->year = v[0];
    tm->mon = v[1] - 1;
    tm->mday = v[2];
    tm->hour = v[3];
    tm->min = v[4];
    tm->sec = v[5];
    tm->wday = (v[6] + 1) % 7;
    tm->yday = v[7] - 1;
    tm->isdst = v[8];
    if (zone) {
        *zone = NULL;
    }
    if (KR_TYPE(t) == &kr_struct_time_type) {
        KrObject *z = KR_TUPLE_GET(t, 9), *off = KR_TUPLE_GET(t, 10);
        if (zone && z && kr_str_check(z)) {
            *zone = z;
        }
        if (off && kr_int_check(off)) {
            int ovf;
            tm->gmtoff = kr_int_as_i64(off, &ovf);
        }
    }
    return 0;
}

// CPython's checktm: the ranges asctime and strftime accept, after zeros
// (which Python code may pass for month, day and day of year) become the
// lowest valid value.
static int check_tm(KrThread *ts, KrPortTm *tm) {
    if (tm->mon == -1) {
        tm->mon = 0;
    }
    if (tm->mday == 0) {
        tm->mday = 1;
    }
    if (tm->yday == -1) {
        tm->yday = 0;
    }
    const char *bad = tm->mon < 0 || tm->mon > 11      ? "month out of range"
                      : tm->mday < 1 || tm->mday > 31  ? "day of month out of range"
                      : tm->hour < 0 || tm->hour > 23  ? "hour out of range"
                      : tm->min < 0 || tm->min > 59    ? "minute out of range"
                      : tm->sec < 0 || tm->sec > 61    ? "seconds out of range"
                      : tm->wday < 0                   ? "day of week out of range"
                      : tm->yday < 0 || tm->yday > 365 ? "day of year out of range"
                                                       : NULL;
    if (bad) {
        kr_err_set_str(ts, &kr_exc_ValueError, bad);
        return -1;
    }
    return 0;
}

// A timestamp argument (None: now) as whole seconds, rounded toward -inf.
static int seconds_arg(KrThread *ts, KrObject *o, int64_t *out) {
    if (!o || o == KR_NONE) {
        *out = kr_port_clock_ns(KR_CLOCK_REALTIME) / NS_PER_SEC;
        return 0;
    }
    if (kr_float_check(o)) {
        return kr_modsupport_time_t(ts, floor(KR_FLOAT_VALUE(o)), out);
    }
    KrObject *n = kr_number_index(ts, o);
    if (!n) {
        return -1;
    }
    int ovf;
    *out = kr_int_as_i64(n, &ovf);
    KR_DECREF(ts, n);
    if (ovf) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "timestamp out of range for platform time_t");
        return -1;
    }
    return 0;
}

// Checks a call's argument count with the messages of CPython's
// METH_VARARGS functions ("f() takes at most 1 argument (2 given)").
static int arity(KrThread *ts, const char *name, size_t nargs, KrObject *kwnames, size_t min, size_t max) {
    if (kwnames && KR_TUPLE_SIZE(kwnames) > 0) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs >= min && nargs <= max) {
        return 0;
    }
    const char *how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
    size_t n = nargs < min ? min : max;
    kr_err_format(ts, &kr_exc_TypeError, "%s() takes %s %zu argument%s (%zu given)", name, how, n, n == 1 ? "" : "s",
                  nargs);
    return -1;
}

// ---- clocks -------------------------------------------------------------------

// Seconds as a float the way CPython divides: exactly when whole.
static KrObject *seconds_float(KrThread *ts, int64_t ns) {
    double d = ns % NS_PER_SEC == 0 ? (double)(ns / NS_PER_SEC) : (double)ns / 1e9;
    return kr_float_from_double(ts, d);
}

#define CLOCK_FUNCS(name, clock)                                                    \
    static KrObject *time_##name(KrThread *ts, KrObject *self) {                    \
        (void)self;                                                                 \
        return seconds_float(ts, kr_port_clock_ns(clock));                          \
    }                                                                               \
    static KrObject *time_##name##_ns(KrThread *ts, KrObject *self) {               \
        (void)self;                                                                 \
        return kr_int_from_i64(ts, kr_port_clock_ns(clock));                        \
    }
CLOCK_FUNCS(time, KR_CLOCK_REALTIME)
CLOCK_FUNCS(monotonic, KR_CLOCK_MONOTONIC)
CLOCK_FUNCS(perf_counter, KR_CLOCK_PERF)
CLOCK_FUNCS(process_time, KR_CLOCK_PROCESS)
CLOCK_FUNCS(thread_time, KR_CLOCK_THREAD)
#undef CLOCK_FUNCS

// _clock_info(name) -> (implementation, monotonic, adjustable, resolution);
// the prelude's get_clock_info wraps it in a namespace.
static KrObject *time_clock_info(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    static const char *const names[KR_CLOCK_COUNT] = {"time", "monotonic", "perf_counter", "process_time",
                                                      "thread_time"};
    const char *name = kr_str_check(arg) ? kr_str_utf8(ts, arg, NULL) : NULL;
    int clock = -1;
    for (int i = 0; name && i < KR_CLOCK_COUNT; i++) {
        if (strcmp(name, names[i]) == 0) {
            clock = i;
        }
    }
    if (clock < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "unknown clock");
        return NULL;
    }
    KrPortClockInfo info;
    kr_port_clock_info(clock, &info);
    KrObject *impl = kr_str_from_cstr(ts, info.implementation);
    KrObject *res = impl ? kr_float_from_double(ts, (double)info.resolution_ns / 1e9) : NULL;
    KrObject *r = res ? kr_tuple_pack(ts, 4, impl, KR_BOOL(info.monotonic), KR_BOOL(info.adjustable), res) : NULL;
    KR_XDECREF(ts, impl);
    KR_XDECREF(ts, res);
    return r;
}

// The clk_id argument of clock_gettime and friends.
static int clock_id_arg(KrThread *ts, KrObject *o, int64_t *id) {
    int v;
    if (item_as_int(ts, o, &v) < 0) {
        return -1;
    }
    *id = v;
    return 0;
}

static KrObject *clock_query(KrThread *ts, KrObject *arg, bool res, bool as_ns) {
    int64_t id, ns;
    if (clock_id_arg(ts, arg, &id) < 0) {
        return NULL;
    }
    int err = res ? kr_port_clock_getres_id(id, &ns) : kr_port_clock_gettime_id(id, &ns);
    if (err) {
        return raise_errno(ts, err);
    }
    return as_ns ? kr_int_from_i64(ts, ns) : seconds_float(ts, ns);
}

static KrObject *time_clock_gettime(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return clock_query(ts, arg, false, false);
}

static KrObject *time_clock_gettime_ns(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return clock_query(ts, arg, false, true);
}

static KrObject *time_clock_getres(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    return clock_query(ts, arg, true, false);
}

// clock_settime(clk_id, time): setting the system clock needs privileges
// a Python program does not get here.
static KrObject *clock_set(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (arity(ts, name, nargs, kwnames, 2, 2) < 0) {
        return NULL;
    }
    int64_t id;
    if (clock_id_arg(ts, args[0], &id) < 0) {
        return NULL;
    }
    return raise_errno(ts, EPERM);
}

static KrObject *time_clock_settime(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                    KrObject *kwnames) {
    (void)self;
    return clock_set(ts, "clock_settime", args, nargs, kwnames);
}

static KrObject *time_clock_settime_ns(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                       KrObject *kwnames) {
    (void)self;
    return clock_set(ts, "clock_settime_ns", args, nargs, kwnames);
}

// pthread_getcpuclockid(thread_id): the CPU-time clock of a thread; Krait
// runs Python on one thread, whose clock is the calling thread's.
static KrObject *time_pthread_getcpuclockid(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    KrObject *n = kr_number_index(ts, arg);
    if (!n) {
        return NULL;
    }
    KR_DECREF(ts, n);
    for (const KrPortNamedInt *c = kr_port_clock_ids; c->name; c++) {
        if (strcmp(c->name, "CLOCK_THREAD_CPUTIME_ID") == 0) {
            return kr_int_from_i64(ts, c->value);
        }
    }
    return raise_errno(ts, ENOSYS);
}

static KrObject *time_sleep(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    int64_t ns;
    if (kr_modsupport_timeout_ns(ts, arg, NS_PER_SEC, NULL, &ns) < 0) {
        return NULL;
    }
    if (ns < 0) {
        kr_err_set_str(ts, &kr_exc_ValueError, "sleep length must be non-negative");
        return NULL;
    }
    kr_port_sleep_ns(ns);
    KR_RETURN_NONE;
}

// ---- calendar conversions -------------------------------------------------------

// gmtime / localtime ([secs])
static KrObject *broken_down(KrThread *ts, const char *name, KrObject *const *args, size_t nargs, KrObject *kwnames,
                             bool local) {
    if (arity(ts, name, nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    int64_t t;
    if (seconds_arg(ts, nargs ? args[0] : NULL, &t) < 0) {
        return NULL;
    }
    KrPortTm tm;
    int err = local ? kr_port_localtime(t, &tm) : kr_port_gmtime(t, &tm);
    if (err) {
        return raise_errno(ts, err);
    }
    return tm_to_struct(ts, &tm);
}

static KrObject *time_gmtime(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    return broken_down(ts, "gmtime", args, nargs, kwnames, false);
}

static KrObject *time_localtime(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs,
                                KrObject *kwnames) {
    (void)self;
    return broken_down(ts, "localtime", args, nargs, kwnames, true);
}

static KrObject *time_mktime(KrThread *ts, KrObject *self, KrObject *arg) {
    (void)self;
    KrPortTm tm;
    if (tuple_to_tm(ts, arg, "mktime", &tm, NULL) < 0) {
        return NULL;
    }
    int64_t t;
    if (kr_port_mktime(&tm, &t) < 0) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "mktime argument out of range");
        return NULL;
    }
    return kr_float_from_double(ts, (double)t);
}

// "Thu Jan  1 00:00:00 1970"
static KrObject *format_asctime(KrThread *ts, const KrPortTm *tm) {
    static const char wdays[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buf[96];
    snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", wdays[tm->wday], months[tm->mon], tm->mday, tm->hour,
             tm->min, tm->sec, (long long)tm->year);
    return kr_str_from_cstr(ts, buf);
}

// The current local time, for asctime() and strftime() without a tuple.
static int local_now(KrThread *ts, KrPortTm *tm) {
    int err = kr_port_localtime(kr_port_clock_ns(KR_CLOCK_REALTIME) / NS_PER_SEC, tm);
    if (err) {
        raise_errno(ts, err);
        return -1;
    }
    return 0;
}

static KrObject *time_asctime(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (arity(ts, "asctime", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    KrPortTm tm;
    if (nargs == 0) {
        if (local_now(ts, &tm) < 0) {
            return NULL;
        }
    } else if (tuple_to_tm(ts, args[0], "asctime", &tm, NULL) < 0 || check_tm(ts, &tm) < 0) {
        return NULL;
    }
    return format_asctime(ts, &tm);
}

static KrObject *time_ctime(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)self;
    if (arity(ts, "ctime", nargs, kwnames, 0, 1) < 0) {
        return NULL;
    }
    int64_t t;
    if (seconds_arg(ts, nargs ? args[0] : NULL, &t) < 0) {
        return NULL;
    }
    KrPortTm tm;
    int err = kr_port_localtime(t, &tm);
    if (err) {
        return raise_errno(ts, err);
    }
    return format_asctime(ts, &tm);
}

// ---- strftime -------------------------------------------------------------------

// A growable byte string for the rewritten format.
typedef struct Text {
    char *data;
    size_t len, cap;
} Text;

static int text_add(KrThread *ts, Text *t, const char *s, size_t n) {
    if (t->len + n > t->cap) {
        size_t cap = (t->len + n) * 2 + 16;
        char *nd = kr_mem_realloc(ts, t->data, cap);
        if (!nd) {
            return -1;
        }
        t->data = nd;
        t->cap = cap;
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    return 0;
}

// The zone's name for %Z: struct_time's tm_zone, else the module's tzname.
static int zone_name(KrThread *ts, KrObject *module, KrObject *zone, int isdst, Text *out) {
    const char *z = NULL;
    if (zone) {
        z = kr_str_utf8(ts, zone, NULL);
    } else {
        KrObject *names = kr_dict_get_item_str(ts, KR_MODULE_DICT(module), "tzname");
        if (names && kr_tuple_check(names) && KR_TUPLE_SIZE(names) == 2 &&
            kr_str_check(KR_TUPLE_GET(names, isdst > 0))) {
            z = kr_str_utf8(ts, KR_TUPLE_GET(names, isdst > 0), NULL);
        }
    }
    if (kr_err_occurred(ts)) {
        return -1;
    }
    // The name is literal text inside a strftime format.
    for (const char *p = z ? z : ""; *p; p++) {
        if ((*p == '%' && text_add(ts, out, "%%", 2) < 0) || (*p != '%' && text_add(ts, out, p, 1) < 0)) {
            return -1;
        }
    }
    return 0;
}

// Rewrites %Z and %z into literal text (the C library's idea of the zone
// does not see struct_time's fields), leaving other directives to strftime.
static int expand_zone(KrThread *ts, KrObject *module, const char *fmt, size_t len, const KrPortTm *tm,
                       KrObject *zone, Text *out) {
    for (size_t i = 0; i < len; i++) {
        if (fmt[i] != '%' || i + 1 >= len) {
            if (text_add(ts, out, fmt + i, 1) < 0) {
                return -1;
            }
            continue;
        }
        char c = fmt[++i];
        if (c == 'Z') {
            if (zone_name(ts, module, zone, tm->isdst, out) < 0) {
                return -1;
            }
        } else if (c == 'z') {
            int64_t off = tm->gmtoff, a = off < 0 ? -off : off;
            char b[32];
            int n = snprintf(b, sizeof b, "%c%02lld%02lld", off < 0 ? '-' : '+', (long long)(a / 3600),
                             (long long)(a / 60 % 60));
            if (text_add(ts, out, b, (size_t)n) < 0) {
                return -1;
            }
        } else {
            char b[2] = {'%', c};
            if (text_add(ts, out, b, 2) < 0) {
                return -1;
            }
        }
    }
    return text_add(ts, out, "", 1); // the NUL
}

// strftime's checks: checktm, then isdst clamped to -1..1.
static int normalize_for_strftime(KrThread *ts, KrPortTm *tm) {
    if (check_tm(ts, tm) < 0) {
        return -1;
    }
    tm->isdst = tm->isdst < -1 ? -1 : tm->isdst > 1 ? 1 : tm->isdst;
    return 0;
}

static KrObject *time_strftime(KrThread *ts, KrObject *self, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (arity(ts, "strftime", nargs, kwnames, 1, 2) < 0) {
        return NULL;
    }
    if (!kr_str_check(args[0])) {
        kr_err_format(ts, &kr_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
        return NULL;
    }
    size_t flen;
    const char *fmt = kr_str_utf8(ts, args[0], &flen);
    if (!fmt) {
        return NULL;
    }
    if (memchr(fmt, '\0', flen)) {
        kr_err_set_str(ts, &kr_exc_ValueError, "embedded null character");
        return NULL;
    }
    KrPortTm tm;
    KrObject *zone = NULL;
    if (nargs == 1) {
        if (local_now(ts, &tm) < 0) {
            return NULL;
        }
    } else if (tuple_to_tm(ts, args[1], "strftime", &tm, &zone) < 0 || normalize_for_strftime(ts, &tm) < 0) {
        return NULL;
    }
    if (tm.year - 1900 > INT32_MAX || tm.year - 1900 < INT32_MIN) {
        kr_err_set_str(ts, &kr_exc_OverflowError, "year out of range");
        return NULL;
    }
    if (nargs == 1) {
        zone = kr_str_from_cstr(ts, tm.zone);
        if (!zone) {
            return NULL;
        }
    } else if (zone) {
        KR_INCREF(zone);
    }
    Text expanded = {NULL, 0, 0};
    KrObject *result = NULL;
    char *out = NULL;
    if (expand_zone(ts, self, fmt, flen, &tm, zone, &expanded) < 0) {
        goto done;
    }
    // Grow until the text fits; an empty result may be genuine (CPython's rule).
    size_t fmtlen = expanded.len;
    for (size_t size = 1024;; size *= 2) {
        char *nb = kr_mem_realloc(ts, out, size);
        if (!nb) {
            goto done;
        }
        out = nb;
        size_t n = kr_port_strftime(out, size, expanded.data, &tm);
        if (n > 0 || size >= 256 * fmtlen) {
            result = kr_str_from_utf8(ts, out, n);
            break;
        }
    }
done:
    kr_mem_free(ts, out);
    kr_mem_free(ts, expanded.data);
    KR_XDECREF(ts, zone);
    return result;
}

// ---- the time zone ------------------------------------------------------------

// timezone, altzone, daylight and tzname from the local time at the start
// and the middle of this year (which of the two is summer time depends on
// the hemisphere), as CPython's init_timezone.
static int set_zone_attrs(KrThread *ts, KrObject *module) {
    const int64_t year = (365 * 24 + 6) * 3600;
    int64_t t = kr_port_clock_ns(KR_CLOCK_REALTIME) / NS_PER_SEC / year * year;
    KrPortTm jan, jul;
    if (kr_port_localtime(t, &jan) != 0 || kr_port_localtime(t + year / 2, &jul) != 0) {
        memset(&jan, 0, sizeof jan);
        jul = jan;
    }
    int64_t janzone = -jan.gmtoff, julzone = -jul.gmtoff;
    bool reversed = janzone < julzone; // southern hemisphere: summer in January
    const KrPortTm *std = reversed ? &jul : &jan, *dst = reversed ? &jan : &jul;
    KrObject *d = KR_MODULE_DICT(module);
    KrObject *tz = kr_int_from_i64(ts, -std->gmtoff);
    KrObject *alt = kr_int_from_i64(ts, -dst->gmtoff);
    KrObject *day = kr_int_from_i64(ts, janzone != julzone);
    KrObject *n1 = kr_str_from_cstr(ts, std->zone), *n2 = kr_str_from_cstr(ts, dst->zone);
    KrObject *names = n1 && n2 ? kr_tuple_pack(ts, 2, n1, n2) : NULL;
    int rc = tz && alt && day && names && kr_dict_set_item_str(ts, d, "timezone", tz) == 0 &&
                     kr_dict_set_item_str(ts, d, "altzone", alt) == 0 &&
                     kr_dict_set_item_str(ts, d, "daylight", day) == 0 &&
                     kr_dict_set_item_str(ts, d, "tzname", names) == 0
                 ? 0
                 : -1;
    KR_XDECREF(ts, tz);
    KR_XDECREF(ts, alt);
    KR_XDECREF(ts, day);
    KR_XDECREF(ts, n1);
    KR_XDECREF(ts, n2);
    KR_XDECREF(ts, names);
    return rc;
}

static KrObject *time_tzset(KrThread *ts, KrObject *self) {
    kr_port_tzset();
    if (set_zone_attrs(ts, self) < 0) {
        return NULL;
    }
    KR_RETURN_NONE;
}

// ---- the module -----------------------------------------------------------------

// Functions that are simplest in Python: strptime lives in _strptime, as in
// CPython, and get_clock_info returns a namespace object.
static const char prelude[] =
    "class _ClockInfo:\n"
    "    def __init__(self, **kw):\n"
    "        self.__dict__.update(kw)\n"
    "    def __repr__(self):\n"
    "        return 'namespace(' + ', '.join(k + '=' + repr(v) for k, v in self.__dict__.items()) + ')'\n"
    "    def __eq__(self, other):\n"
    "        return isinstance(other, _ClockInfo) and self.__dict__ == other.__dict__\n"
    "def get_clock_info(name, /, *, _ns=_ClockInfo, _info=_clock_info):\n"
    "    '''Get information of the specified clock.'''\n"
    "    impl, mono, adj, res = _info(name)\n"
    "    return _ns(implementation=impl, monotonic=mono, adjustable=adj, resolution=res)\n"
    "def strptime(string, format='%a %b %d %H:%M:%S %Y', /):\n"
    "    '''Parse a string to a time tuple according to a format specification.'''\n"
    "    import _strptime\n"
    "    return _strptime._strptime_time(string, format)\n"
    "del _ClockInfo, _clock_info\n";

#define TN(name, doc) {#name, time_##name, KR_METH_NOARGS, false, false, doc}
#define TO(name, doc) {#name, time_##name, KR_METH_O, false, false, doc}
#define TV(name, doc) {#name, time_##name, KR_METH_VARARGS, false, false, doc}

static const KrMethodDef time_functions[] = {
    TV(asctime, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."),
    TO(clock_getres, "Return the resolution (precision) of the specified clock clk_id."),
    TO(clock_gettime, "Return the time of the specified clock clk_id."),
    TO(clock_gettime_ns, "Return the time of the specified clock clk_id as nanoseconds (int)."),
    TV(clock_settime, "Set the time of the specified clock clk_id."),
    TV(clock_settime_ns, "Set the time of the specified clock clk_id with nanoseconds."),
    TV(ctime, "Convert a time in seconds since the Epoch to a string in local time."),
    TV(gmtime, "Convert seconds since the Epoch to a time tuple expressing UTC."),
    TV(localtime, "Convert seconds since the Epoch to a time tuple expressing local time."),
    TO(mktime, "Convert a time tuple in local time to seconds since the Epoch."),
    TN(monotonic, "Monotonic clock, cannot go backward."),
    TN(monotonic_ns, "Monotonic clock, cannot go backward, as nanoseconds."),
    TN(perf_counter, "Performance counter for benchmarking."),
    TN(perf_counter_ns, "Performance counter for benchmarking as nanoseconds."),
    TN(process_time, "Process time for profiling: sum of the kernel and user-space CPU time."),
    TN(process_time_ns, "Process time for profiling as nanoseconds."),
    TO(pthread_getcpuclockid, "Return the clk_id of a thread's CPU time clock."),
    TO(sleep, "Delay execution for a given number of seconds."),
    TV(strftime, "Convert a time tuple to a string according to a format specification."),
    TN(thread_time, "Thread time for profiling: sum of the kernel and user-space CPU time."),
    TN(thread_time_ns, "Thread time for profiling as nanoseconds."),
    TN(time, "Return the current time in seconds since the Epoch."),
    TN(time_ns, "Return the current time in nanoseconds since the Epoch."),
    TN(tzset, "Initialize, or reinitialize, the local timezone to the value of the environment variable TZ."),
    {"_clock_info", time_clock_info, KR_METH_O, false, false, NULL},
    {NULL, NULL, 0, false, false, NULL},
};

KrObject *kr_time_module_create(KrThread *ts) {
    KrObject *name = kr_str_intern_cstr(ts, "time");
    KrObject *m = name ? kr_module_new(ts, name) : NULL;
    KR_XDECREF(ts, name);
    if (!m || kr_module_add_functions(ts, m, time_functions) < 0 || set_zone_attrs(ts, m) < 0) {
        goto error;
    }
    KrObject *d = KR_MODULE_DICT(m);
    if (kr_dict_set_item_str(ts, d, "struct_time", (KrObject *)&kr_struct_time_type) < 0) {
        goto error;
    }
    for (const KrPortNamedInt *c = kr_port_clock_ids; c->name; c++) {
        if (kr_module_add_steal(ts, m, c->name, kr_int_from_i64(ts, c->value)) < 0) {
            goto error;
        }
    }
    if (kr_module_add_steal(ts, m, "_STRUCT_TM_ITEMS", kr_int_from_i64(ts, 11)) < 0) {
        goto error;
    }
    if (kr_modsupport_run_prelude(ts, m, prelude, "<time>") < 0) {
        goto error;
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
