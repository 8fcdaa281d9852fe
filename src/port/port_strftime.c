// SPDX-License-Identifier: MIT
// strftime in the C locale, written out so that hosts whose C library
// formats differently from glibc (Emscripten's) give CPython-on-Linux's text.
#include <stdio.h>
#include <string.h>

#include "port_time.h"

static const char *const wday_names[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
static const char *const mon_names[12] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

// The output under construction; `len` keeps counting past `size` so that
// overflow is seen at the end.
typedef struct Out {
    char *buf;
    size_t size, len;
} Out;

static void put(Out *o, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++, o->len++) {
        if (o->len < o->size) {
            o->buf[o->len] = s[i];
        }
    }
}

// How one directive is written: its flag (0, '-', '_', '0', '^', '#') and
// explicit width (-1 when none).
typedef struct Spec {
    char flag;
    int upper, swap;
    int width;
} Spec;

static void put_padded(Out *o, const Spec *sp, const char *s, size_t n, char pad) {
    for (int i = (int)n; i < sp->width; i++) {
        put(o, &pad, 1);
    }
    put(o, s, n);
}

// Text such as a day name; `lower_on_swap` says '#' lowers it (%p, %Z) rather than raising it.
static void put_text(Out *o, const Spec *sp, const char *s, int lower_on_swap) {
    char tmp[64];
    size_t n = strlen(s);
    if (n >= sizeof tmp) {
        n = sizeof tmp - 1;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (sp->upper || (sp->swap && !lower_on_swap)) {
            c = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
        } else if (sp->swap && lower_on_swap) {
            c = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        tmp[i] = c;
    }
    put_padded(o, sp, tmp, n, sp->flag == '0' ? '0' : ' ');
}

// A number with `digits` of default padding, in zeros or (space_pad) spaces.
static void put_number(Out *o, const Spec *sp, int64_t v, int digits, int space_pad) {
    char num[32];
    uint64_t a = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int n = snprintf(num, sizeof num, "%llu", (unsigned long long)a);
    int width = sp->width >= 0 ? sp->width : sp->flag == '-' ? 0 : digits;
    char pad = sp->flag == '_' || sp->flag == '-' ? ' ' : sp->flag == '0' ? '0' : space_pad ? ' ' : '0';
    int body = n + (v < 0);
    if (pad == ' ') {
        for (int i = body; i < width; i++) {
            put(o, " ", 1);
        }
    }
    if (v < 0) {
        put(o, "-", 1);
    }
    if (pad == '0') {
        for (int i = body; i < width; i++) {
            put(o, "0", 1);
        }
    }
    put(o, num, (size_t)n);
}

static int leap(int64_t y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// The yday of the Monday that starts ISO week 1 of a year whose 1 January is weekday jan1 (0 = Sunday).
static int iso_start(int jan1) {
    int jan4 = (jan1 + 3) % 7;
    return 3 - (jan4 + 6) % 7;
}

// The ISO 8601 week-based year and week number (%G, %V).
static void iso_week(const KrPortTm *tm, int64_t *year, int *week) {
    int jan1 = ((tm->wday - tm->yday) % 7 + 7) % 7;
    int64_t y = tm->year;
    int d = tm->yday - iso_start(jan1);
    if (d < 0) {
        int prev_len = 365 + leap(y - 1);
        int prev_jan1 = ((jan1 - prev_len) % 7 + 7) % 7;
        d = tm->yday + prev_len - iso_start(prev_jan1);
        y--;
    } else {
        int len = 365 + leap(y);
        int next_jan1 = (jan1 + len) % 7;
        if (tm->yday - len - iso_start(next_jan1) >= 0) {
            d = tm->yday - len - iso_start(next_jan1);
            y++;
        }
    }
    *year = y;
    *week = d / 7 + 1;
}

static int64_t floor_div(int64_t a, int64_t b) {
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

static void format(Out *o, const char *f, const KrPortTm *tm);

// A directive that is itself a format (%c, %D ...), padded as a whole.
static void put_sub(Out *o, const Spec *sp, const char *f, const KrPortTm *tm) {
    char tmp[128];
    Out sub = {tmp, sizeof tmp, 0};
    format(&sub, f, tm);
    size_t n = sub.len < sizeof tmp ? sub.len : sizeof tmp;
    Spec text = *sp;
    text.upper = sp->upper; // ^ raises the whole text
    char up[128];
    for (size_t i = 0; i < n; i++) {
        up[i] = (text.upper && tmp[i] >= 'a' && tmp[i] <= 'z') ? (char)(tmp[i] - 32) : tmp[i];
    }
    put_padded(o, sp, up, n, sp->flag == '0' ? '0' : ' ');
}

// The numeric directives: 1 and the value, its default digits and whether it
// pads with spaces, or 0 for another directive.
static int numeric(char c, const KrPortTm *tm, int64_t *v, int *digits, int *space_pad) {
    int64_t iso_year;
    int iso_wk;
    *space_pad = c == 'e' || c == 'k' || c == 'l';
    *digits = 2;
    switch (c) {
    case 'C':
        *v = floor_div(tm->year, 100);
        *digits = 1;
        return 1;
    case 'd':
    case 'e':
        *v = tm->mday;
        return 1;
    case 'H':
    case 'k':
        *v = tm->hour;
        return 1;
    case 'I':
    case 'l':
        *v = tm->hour % 12 == 0 ? 12 : tm->hour % 12;
        return 1;
    case 'j':
        *v = tm->yday + 1;
        *digits = 3;
        return 1;
    case 'm':
        *v = tm->mon + 1;
        return 1;
    case 'M':
        *v = tm->min;
        return 1;
    case 'S':
        *v = tm->sec;
        return 1;
    case 'u':
    case 'w':
        *v = c == 'u' && tm->wday == 0 ? 7 : tm->wday;
        *digits = 1;
        return 1;
    case 'U':
        *v = (tm->yday - tm->wday + 7) / 7;
        return 1;
    case 'W':
        *v = (tm->yday - (tm->wday + 6) % 7 + 7) / 7;
        return 1;
    case 'V':
    case 'G':
    case 'g':
        iso_week(tm, &iso_year, &iso_wk);
        *v = c == 'V' ? iso_wk : c == 'G' ? iso_year : (iso_year % 100 + 100) % 100;
        *digits = c == 'G' ? 1 : 2;
        return 1;
    case 'y':
        *v = (tm->year % 100 + 100) % 100;
        return 1;
    case 'Y':
        *v = tm->year;
        *digits = 1;
        return 1;
    default:
        return 0;
    }
}

static void format(Out *o, const char *f, const KrPortTm *tm) {
    const char *ampm = tm->hour < 12 ? "AM" : "PM";
    const char *wname = tm->wday >= 0 && tm->wday < 7 ? wday_names[tm->wday] : "?";
    const char *mname = tm->mon >= 0 && tm->mon < 12 ? mon_names[tm->mon] : "?";
    char abbr[4];
    while (*f) {
        if (*f != '%') {
            put(o, f++, 1);
            continue;
        }
        const char *start = f++;
        Spec sp = {0, 0, 0, -1};
        for (;; f++) {
            if (*f == '-' || *f == '_' || *f == '0') {
                sp.flag = *f;
            } else if (*f == '^') {
                sp.upper = 1;
            } else if (*f == '#') {
                sp.swap = 1;
            } else {
                break;
            }
        }
        if (*f >= '1' && *f <= '9') {
            sp.width = 0;
            for (; *f >= '0' && *f <= '9'; f++) {
                sp.width = sp.width < 100000 ? sp.width * 10 + (*f - '0') : sp.width;
            }
        }
        if (*f == 'E' || *f == 'O') {
            f++; // the alternative forms are the plain ones in the C locale
        }
        char c = *f;
        if (c) {
            f++;
        }
        int64_t v;
        int digits, space_pad;
        if (numeric(c, tm, &v, &digits, &space_pad)) {
            put_number(o, &sp, v, digits, space_pad);
            continue;
        }
        switch (c) {
        case 'a':
        case 'b':
        case 'h':
            memcpy(abbr, c == 'a' ? wname : mname, 3);
            abbr[3] = '\0';
            put_text(o, &sp, abbr, 0);
            break;
        case 'A':
            put_text(o, &sp, wname, 0);
            break;
        case 'B':
            put_text(o, &sp, mname, 0);
            break;
        case 'p':
            put_text(o, &sp, ampm, 1);
            break;
        case 'P':
            put_text(o, &sp, tm->hour < 12 ? "am" : "pm", 0);
            break;
        case 'Z':
            put_text(o, &sp, tm->zone, 1);
            break;
        case 'c':
            put_sub(o, &sp, "%a %b %e %H:%M:%S %Y", tm);
            break;
        case 'D':
        case 'x':
            put_sub(o, &sp, "%m/%d/%y", tm);
            break;
        case 'F':
            put_sub(o, &sp, "%Y-%m-%d", tm);
            break;
        case 'r':
            put_sub(o, &sp, "%I:%M:%S %p", tm);
            break;
        case 'R':
            put_sub(o, &sp, "%H:%M", tm);
            break;
        case 'T':
        case 'X':
            put_sub(o, &sp, "%H:%M:%S", tm);
            break;
        case 's': {
            int64_t t;
            put_number(o, &sp, kr_port_mktime(tm, &t) == 0 ? t : -1, 1, 0);
            break;
        }
        case 'z': {
            int64_t off = tm->gmtoff, a = off < 0 ? -off : off;
            char z[16];
            int n = snprintf(z, sizeof z, "%c%02d%02d", off < 0 ? '-' : '+', (int)(a / 3600 % 100), (int)(a / 60 % 60));
            put_padded(o, &sp, z, (size_t)n, sp.flag == '_' ? ' ' : '0');
            break;
        }
        case 'n':
            put(o, "\n", 1);
            break;
        case 't':
            put(o, "\t", 1);
            break;
        case '%':
            put(o, "%", 1);
            break;
        default:
            // Unknown directives (and a lone trailing '%') are copied as they
            // stand, padded to the width like text.
            put_padded(o, &sp, start, (size_t)(f - start), ' ');
            break;
        }
    }
}

size_t kr_port_strftime_c(char *buf, size_t size, const char *fmt, const KrPortTm *tm) {
    Out o = {buf, size, 0};
    format(&o, fmt, tm);
    if (o.len >= size) {
        if (size > 0) {
            buf[0] = '\0';
        }
        return 0;
    }
    buf[o.len] = '\0';
    return o.len;
}
