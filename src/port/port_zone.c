// SPDX-License-Identifier: MIT
// Calendar and local time without the C library: UTC arithmetic for every
// host, and local time from TZif files and POSIX TZ rules as glibc reads them,
// for hosts whose C library has no zone database of its own (Emscripten).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "port_time.h"

// ---- calendar arithmetic (proleptic Gregorian) --------------------------------

// Days since 1970-01-01 of a civil date (month 1..12), for any year.
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int kr_port_gmtime(int64_t t, KrPortTm *tm) {
    int64_t days = t / 86400, secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        days--;
    }
    // The civil date of a day count: eras of 400 years, then years within.
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y += m <= 2;
    if (y - 1900 > INT32_MAX || y - 1900 < INT32_MIN) {
        return EOVERFLOW;
    }
    tm->year = y;
    tm->mon = m - 1;
    tm->mday = d;
    tm->hour = (int)(secs / 3600);
    tm->min = (int)(secs / 60 % 60);
    tm->sec = (int)(secs % 60);
    int64_t wd = (days + 4) % 7; // 1970-01-01 was a Thursday
    tm->wday = (int)(wd < 0 ? wd + 7 : wd);
    tm->yday = (int)(days - days_from_civil(y, 1, 1));
    tm->isdst = 0;
    tm->gmtoff = 0;
    strcpy(tm->zone, "GMT");
    return 0;
}

int64_t kr_port_zone_timegm(const KrPortTm *tm) {
    int64_t mon = tm->mon, carry = mon >= 0 ? mon / 12 : (mon - 11) / 12;
    int64_t days = days_from_civil(tm->year + carry, (int)(mon - carry * 12) + 1, 1) + tm->mday - 1;
    return days * 86400 + (int64_t)tm->hour * 3600 + (int64_t)tm->min * 60 + tm->sec;
}

// ---- the zone -----------------------------------------------------------------

// One kind of local time: its offset east of UTC, DST flag and abbreviation.
typedef struct ZoneType {
    int64_t gmtoff;
    int isdst;
    char abbr[16];
} ZoneType;

// A POSIX TZ rule's change date: Jn (julian 1..365, no leap day), n (0..365)
// or Mm.w.d, and the local time of day of the change.
typedef struct ZoneDate {
    char kind; // 'J', 'D' or 'M'
    int a, b, c;
    int64_t secs;
} ZoneDate;

typedef struct ZoneRule {
    ZoneType std, dst;
    int has_dst;
    ZoneDate start, end;
} ZoneRule;

// A zone: TZif transitions (ascending) then, past the last one, the rule.
typedef struct Zone {
    int64_t *times;
    unsigned char *index;
    size_t ntimes;
    ZoneType *types;
    size_t ntypes;
    ZoneRule rule;
    int has_rule;
} Zone;

static void zone_free(Zone *z) {
    free(z->times);
    free(z->index);
    free(z->types);
}

// Reads "std offset [dst [offset] [,start[/time],end[/time]]]"'s pieces.
static const char *parse_name(const char *p, char *out) {
    size_t n = 0;
    if (*p == '<') {
        for (p++; *p && *p != '>'; p++) {
            if (n < 15) {
                out[n++] = *p;
            }
        }
        if (*p != '>') {
            return NULL;
        }
        p++;
    } else {
        for (; (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'); p++) {
            if (n < 15) {
                out[n++] = *p;
            }
        }
    }
    out[n] = '\0';
    return n >= 3 ? p : NULL;
}

// [+-]hh[:mm[:ss]] in seconds; *ok is cleared when no digits were found.
static const char *parse_hms(const char *p, int64_t *out, int *ok) {
    int sign = 1;
    if (*p == '+' || *p == '-') {
        sign = *p++ == '-' ? -1 : 1;
    }
    int64_t total = 0, unit = 3600;
    *ok = 0;
    for (int part = 0; part < 3; part++) {
        if (part > 0) {
            if (*p != ':') {
                break;
            }
            p++;
        }
        int64_t v = 0;
        int digits = 0;
        for (; *p >= '0' && *p <= '9' && digits < 4; p++, digits++) {
            v = v * 10 + (*p - '0');
        }
        if (!digits) {
            return part == 0 ? p : NULL;
        }
        *ok = 1;
        total += v * unit;
        unit /= 60;
    }
    *out = sign * total;
    return p;
}

static const char *parse_int(const char *p, int *out) {
    int v = 0, digits = 0;
    for (; *p >= '0' && *p <= '9' && digits < 4; p++, digits++) {
        v = v * 10 + (*p - '0');
    }
    *out = v;
    return digits ? p : NULL;
}

static const char *parse_date(const char *p, ZoneDate *d) {
    d->a = d->b = d->c = 0;
    if (*p == 'M') {
        d->kind = 'M';
        if (!(p = parse_int(p + 1, &d->a)) || *p != '.' || !(p = parse_int(p + 1, &d->b)) || *p != '.' ||
            !(p = parse_int(p + 1, &d->c))) {
            return NULL;
        }
    } else {
        d->kind = *p == 'J' ? 'J' : 'D';
        if (!(p = parse_int(p + (*p == 'J'), &d->a))) {
            return NULL;
        }
    }
    d->secs = 7200;
    if (*p == '/') {
        int ok;
        p = parse_hms(p + 1, &d->secs, &ok);
        if (!p || !ok) {
            return NULL;
        }
    }
    return p;
}

// Parses a POSIX TZ string; 0 on success.
static int parse_rule(const char *s, ZoneRule *r) {
    memset(r, 0, sizeof *r);
    int64_t off;
    int ok;
    const char *p = parse_name(s, r->std.abbr);
    if (!p || !(p = parse_hms(p, &off, &ok)) || !ok) {
        return -1;
    }
    r->std.gmtoff = -off;
    if (!*p) {
        return 0;
    }
    if (!(p = parse_name(p, r->dst.abbr))) {
        return -1;
    }
    r->has_dst = 1;
    r->dst.isdst = 1;
    r->dst.gmtoff = r->std.gmtoff + 3600;
    if (*p && *p != ',') {
        if (!(p = parse_hms(p, &off, &ok)) || !ok) {
            return -1;
        }
        r->dst.gmtoff = -off;
    }
    if (!*p) {
        // glibc's default: the US rules.
        r->start = (ZoneDate){'M', 3, 2, 0, 7200};
        r->end = (ZoneDate){'M', 11, 1, 0, 7200};
        return 0;
    }
    if (*p != ',' || !(p = parse_date(p + 1, &r->start)) || *p != ',' || !(p = parse_date(p + 1, &r->end))) {
        return -1;
    }
    return *p ? -1 : 0;
}

static int is_leap(int64_t y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// The UTC second a rule's date happens in `year`, at local offset gmtoff.
static int64_t rule_date_utc(const ZoneDate *d, int64_t year, int64_t gmtoff) {
    int64_t jan1 = days_from_civil(year, 1, 1), day;
    if (d->kind == 'J') {
        day = jan1 + d->a - 1 + (is_leap(year) && d->a >= 60);
    } else if (d->kind == 'D') {
        day = jan1 + d->a;
    } else {
        static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int mon = d->a < 1 ? 1 : d->a > 12 ? 12 : d->a;
        int64_t first = days_from_civil(year, mon, 1);
        int64_t wd = ((first + 4) % 7 + 7) % 7;
        int64_t dom = (d->c - wd + 7) % 7; // the first such weekday, 0-based
        int len = mdays[mon - 1] + (mon == 2 && is_leap(year));
        dom += (int64_t)(d->b - 1) * 7;
        while (dom >= len) {
            dom -= 7;
        }
        day = first + dom;
    }
    return day * 86400 + d->secs - gmtoff;
}

static const ZoneType *rule_type(const ZoneRule *r, int64_t t) {
    if (!r->has_dst) {
        return &r->std;
    }
    KrPortTm tm;
    if (kr_port_gmtime(t + r->std.gmtoff, &tm) != 0) {
        return &r->std;
    }
    int64_t start = rule_date_utc(&r->start, tm.year, r->std.gmtoff);
    int64_t end = rule_date_utc(&r->end, tm.year, r->dst.gmtoff);
    int in_dst = start < end ? (t >= start && t < end) : !(t >= end && t < start);
    return in_dst ? &r->dst : &r->std;
}

// ---- TZif files -------------------------------------------------------------------

static int64_t be(const unsigned char *p, int n) {
    uint64_t v = 0;
    for (int i = 0; i < n; i++) {
        v = v << 8 | p[i];
    }
    // Sign-extend a 4-byte value.
    if (n == 4) {
        return (int64_t)(int32_t)(uint32_t)v;
    }
    return (int64_t)v;
}

// Parses a TZif file's data (RFC 8536), using the 64-bit block when present; 0 on success.
static int parse_tzif(const unsigned char *d, size_t len, Zone *z) {
    if (len < 44 || memcmp(d, "TZif", 4) != 0) {
        return -1;
    }
    int version = d[4];
    size_t pos = 0;
    int tsize = 4;
    for (int pass = 0; pass < 2; pass++) {
        if (pos + 44 > len || memcmp(d + pos, "TZif", 4) != 0) {
            return -1;
        }
        size_t cnt[6];
        for (int i = 0; i < 6; i++) {
            cnt[i] = (size_t)(uint32_t)be(d + pos + 20 + 4 * i, 4);
        }
        size_t isut = cnt[0], isstd = cnt[1], leap = cnt[2], timecnt = cnt[3], typecnt = cnt[4], charcnt = cnt[5];
        size_t body = timecnt * (size_t)tsize + timecnt + typecnt * 6 + charcnt + leap * (size_t)(tsize + 4) + isstd + isut;
        pos += 44;
        if (pos + body > len || typecnt == 0) {
            return -1;
        }
        if (pass == 0 && version >= '2') {
            pos += body; // skip the 32-bit block
            tsize = 8;
            continue;
        }
        const unsigned char *p = d + pos;
        z->times = malloc((timecnt ? timecnt : 1) * sizeof *z->times);
        z->index = malloc(timecnt ? timecnt : 1);
        z->types = malloc(typecnt * sizeof *z->types);
        if (!z->times || !z->index || !z->types) {
            return -1;
        }
        z->ntimes = timecnt;
        z->ntypes = typecnt;
        for (size_t i = 0; i < timecnt; i++) {
            z->times[i] = be(p + i * (size_t)tsize, tsize);
        }
        p += timecnt * (size_t)tsize;
        for (size_t i = 0; i < timecnt; i++) {
            z->index[i] = p[i] < typecnt ? p[i] : 0;
        }
        p += timecnt;
        const unsigned char *chars = p + typecnt * 6;
        for (size_t i = 0; i < typecnt; i++) {
            ZoneType *ty = &z->types[i];
            ty->gmtoff = be(p + i * 6, 4);
            ty->isdst = p[i * 6 + 4] != 0;
            size_t ai = p[i * 6 + 5];
            size_t n = 0;
            for (; ai + n < charcnt && chars[ai + n] && n < sizeof ty->abbr - 1; n++) {
                ty->abbr[n] = (char)chars[ai + n];
            }
            ty->abbr[n] = '\0';
        }
        pos += body;
        break;
    }
    // The footer "\nTZ-string\n" of version 2+ files covers times past the last transition.
    if (version >= '2' && pos < len && d[pos] == '\n') {
        const char *s = (const char *)d + pos + 1;
        const char *e = memchr(s, '\n', len - pos - 1);
        if (e && e > s && (size_t)(e - s) < 256) {
            char buf[256];
            memcpy(buf, s, (size_t)(e - s));
            buf[e - s] = '\0';
            z->has_rule = parse_rule(buf, &z->rule) == 0;
        }
    }
    return 0;
}

static int load_file(const char *path, Zone *z) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        return -1;
    }
    size_t cap = 4096, len = 0;
    unsigned char *data = malloc(cap);
    while (data) {
        size_t got = fread(data + len, 1, cap - len, f);
        len += got;
        if (got == 0 || cap > (1 << 20)) {
            break;
        }
        if (len == cap) {
            unsigned char *nd = realloc(data, cap * 2);
            if (!nd) {
                free(data);
            }
            data = nd;
            cap *= 2;
        }
    }
    fclose(f);
    int rc = data ? parse_tzif(data, len, z) : -1;
    free(data);
    if (rc != 0) {
        zone_free(z);
        memset(z, 0, sizeof *z);
    }
    return rc;
}

// The zone glibc would use: TZ unset reads /etc/localtime; TZ names a file
// under /usr/share/zoneinfo (or an absolute path, after an optional ':'), else
// it is a POSIX rule; an unusable value means UTC under the value's name.
// 0, or -1 when TZ is unset and there is no /etc/localtime.
static int zone_load(Zone *z) {
    memset(z, 0, sizeof *z);
    const char *tz = getenv("TZ");
    if (!tz) {
        return load_file("/etc/localtime", z);
    }
    if (*tz == ':') {
        tz++;
    }
    if (!*tz) {
        z->has_rule = 1;
        strcpy(z->rule.std.abbr, "UTC");
        return 0;
    }
    if (!strstr(tz, "..")) {
        const char *dir = getenv("TZDIR");
        char path[512];
        snprintf(path, sizeof path, "%s%s%s", *tz == '/' ? "" : dir && *dir ? dir : "/usr/share/zoneinfo",
                 *tz == '/' ? "" : "/", tz);
        if (load_file(path, z) == 0) {
            return 0;
        }
    }
    z->has_rule = 1;
    if (parse_rule(tz, &z->rule) != 0) {
        memset(&z->rule, 0, sizeof z->rule);
        // glibc keeps the leading letters as the name of its UTC fallback.
        if (!parse_name(tz, z->rule.std.abbr)) {
            strcpy(z->rule.std.abbr, "UTC");
        }
    }
    return 0;
}

static const ZoneType *zone_type(const Zone *z, int64_t t) {
    if (z->ntimes == 0 || t >= z->times[z->ntimes - 1]) {
        if (z->has_rule) {
            return rule_type(&z->rule, t);
        }
        return z->ntimes ? &z->types[z->index[z->ntimes - 1]] : &z->types[0];
    }
    if (t < z->times[0]) {
        return &z->types[0];
    }
    size_t lo = 0, hi = z->ntimes - 1; // times[lo] <= t < times[hi]
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (z->times[mid] <= t) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    return &z->types[z->index[lo]];
}

static int zone_localtime(const Zone *z, int64_t t, KrPortTm *tm) {
    const ZoneType *ty = zone_type(z, t);
    int rc = kr_port_gmtime(t + ty->gmtoff, tm);
    if (rc) {
        return rc;
    }
    tm->isdst = ty->isdst;
    tm->gmtoff = ty->gmtoff;
    memcpy(tm->zone, ty->abbr, sizeof tm->zone);
    return 0;
}

int kr_port_zone_localtime(int64_t t, KrPortTm *tm) {
    Zone z;
    if (zone_load(&z) != 0) {
        return -1;
    }
    int rc = zone_localtime(&z, t, tm);
    zone_free(&z);
    return rc;
}

int kr_port_zone_mktime(const KrPortTm *tm, int64_t *out) {
    Zone z;
    if (zone_load(&z) != 0) {
        return -1;
    }
    // The wall time read as UTC, less the offset in force then (twice, to settle
    // across a change), as glibc's first guesses go. A requested isdst that
    // differs, or a wall time a change skips, takes the offset of the requested kind.
    int64_t wall = kr_port_zone_timegm(tm);
    int64_t t = wall - zone_type(&z, wall)->gmtoff;
    t = wall - zone_type(&z, t)->gmtoff;
    const ZoneType *ty = zone_type(&z, t);
    int want = tm->isdst > 0;
    if (tm->isdst >= 0 && (ty->isdst != want || t + ty->gmtoff != wall)) {
        // glibc looks up to about 17 years either way, a week less an hour at
        // a time, nearest first; with no such time anywhere it moves an hour.
        const int64_t stride = 7 * 86400 - 3600, bound = 536454000;
        const ZoneType *other = NULL;
        for (int64_t delta = stride; delta < bound && !other; delta += stride) {
            const ZoneType *before = zone_type(&z, t - delta), *after = zone_type(&z, t + delta);
            other = before->isdst == want ? before : after->isdst == want ? after : NULL;
        }
        if (other) {
            t = wall - other->gmtoff;
        } else if (ty->isdst != want) {
            t += 3600 * ((want == 0) - (ty->isdst == 0));
        }
    }
    zone_free(&z);
    *out = t;
    return 0;
}
