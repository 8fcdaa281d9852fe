// SPDX-License-Identifier: MIT
// The _locale module for a VM that only knows the C locale (and its UTF-8
// variant): setlocale accepts "C", "POSIX", "C.UTF-8"/"C.utf8" and "" (from the
// environment) and raises locale.Error for anything else; localeconv and
// nl_langinfo give the C locale's values, with glibc's constants.
#include <stdio.h>
#include <string.h>

#include "../object/containers.h"
#include "../object/exc.h"
#include "../object/func.h"
#include "../object/int.h"
#include "../object/module.h"
#include "../object/singletons.h"
#include "../object/str.h"
#include "../port/port.h"
#include "../vm/vm.h"
#include "modsupport.h"
#include "modules.h"

// glibc's category numbers; LC_ALL is 6 and the others have no setter here.
enum { LC_CTYPE_, LC_NUMERIC_, LC_TIME_, LC_COLLATE_, LC_MONETARY_, LC_MESSAGES_, LC_ALL_, LC_COUNT_ = 6 };

static const char *const category_names[LC_COUNT_] = {
    "LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
};

// A category's locale name (one of the static strings below). The interpreter
// starts as CPython does: LC_CTYPE from the environment, coerced to C.UTF-8.
static const char *current_name(KrThread *ts, int cat) {
    const char *n = ts->vm->locale_names[cat];
    return n ? n : (cat == LC_CTYPE_ ? "C.UTF-8" : "C");
}

// The canonical spelling of a supported locale name, or NULL.
static const char *supported_name(const char *name) {
    static const char *const known[] = {"C", "C.UTF-8", "C.utf8"};
    if (strcmp(name, "POSIX") == 0) {
        return "C";
    }
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        if (strcmp(name, known[i]) == 0) {
            return known[i];
        }
    }
    return NULL;
}

// What "" means for a category: LC_ALL, then LC_<category>, then LANG, else "C".
static const char *env_name(int cat) {
    const char *vars[] = {"LC_ALL", category_names[cat], "LANG"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = kr_port_getenv(vars[i]);
        if (v && *v) {
            return supported_name(v);
        }
    }
    return "C";
}

static KrObject *raise_locale_error(KrThread *ts, KrObject *mod) {
    KrObject *err = kr_dict_get_item_str(ts, KR_MODULE_DICT(mod), "Error");
    kr_err_set_str(ts, err && kr_exception_type_check((KrType *)err) ? (KrType *)err : &kr_exc_RuntimeError,
                   "unsupported locale setting");
    return NULL;
}

// The LC_ALL query: one name when the categories agree, else glibc's list.
static KrObject *all_names(KrThread *ts) {
    bool same = true;
    for (int c = 1; c < LC_COUNT_; c++) {
        same = same && strcmp(current_name(ts, c), current_name(ts, 0)) == 0;
    }
    if (same) {
        return kr_str_from_cstr(ts, current_name(ts, 0));
    }
    char buf[512];
    size_t len = 0;
    for (int c = 0; c < LC_COUNT_; c++) {
        len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s=%s", c ? ";" : "", category_names[c],
                                current_name(ts, c));
    }
    snprintf(buf + len, sizeof buf - len, ";LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;"
                                          "LC_MEASUREMENT=C;LC_IDENTIFICATION=C");
    return kr_str_from_cstr(ts, buf);
}

static KrObject *locale_setlocale(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    if (kr_modsupport_no_kwargs(ts, "_locale.setlocale", kwnames) < 0 ||
        kr_modsupport_nargs(ts, "setlocale", nargs, 1, 2) < 0) {
        return NULL;
    }
    KrObject *argv[2] = {args[0], nargs > 1 ? args[1] : NULL};
    KrObject *n = kr_number_index(ts, argv[0]);
    if (!n) {
        return NULL;
    }
    int overflow = 0;
    int64_t cat = kr_int_as_i64(n, &overflow);
    KR_DECREF(ts, n);
    if (overflow || cat < 0 || cat > LC_ALL_) {
        return raise_locale_error(ts, mod);
    }
    KrObject *loc = argv[1];
    if (loc && loc != KR_NONE && !kr_str_check(loc)) {
        kr_err_format(ts, &kr_exc_TypeError, "setlocale() argument 2 must be str or None, not %T", loc);
        return NULL;
    }
    if (loc && loc != KR_NONE) {
        const char *text = kr_str_utf8(ts, loc, NULL);
        if (!text) {
            return NULL;
        }
        if (*text) {
            // A name applies to every category at once only through LC_ALL.
            const char *canon = supported_name(text);
            if (!canon) {
                return raise_locale_error(ts, mod);
            }
            for (int c = 0; c < LC_COUNT_; c++) {
                if (cat == LC_ALL_ || c == cat) {
                    ts->vm->locale_names[c] = canon;
                }
            }
        } else {
            const char *chosen[LC_COUNT_];
            for (int c = 0; c < LC_COUNT_; c++) {
                chosen[c] = (cat == LC_ALL_ || c == cat) ? env_name(c) : current_name(ts, c);
                if (!chosen[c]) {
                    return raise_locale_error(ts, mod);
                }
            }
            memcpy(ts->vm->locale_names, chosen, sizeof chosen);
        }
    }
    return cat == LC_ALL_ ? all_names(ts) : kr_str_from_cstr(ts, current_name(ts, (int)cat));
}

static int add_str(KrThread *ts, KrObject *d, const char *key, const char *value) {
    KrObject *v = kr_str_from_cstr(ts, value);
    int r = v ? kr_dict_set_item_str(ts, d, key, v) : -1;
    KR_XDECREF(ts, v);
    return r;
}

static KrObject *locale_localeconv(KrThread *ts, KrObject *mod) {
    (void)mod;
    static const char *const strs[][2] = {
        {"int_curr_symbol", ""}, {"currency_symbol", ""}, {"mon_decimal_point", ""}, {"mon_thousands_sep", ""},
    };
    static const char *const signs[] = {"positive_sign", "negative_sign"};
    static const char *const chars[] = {"int_frac_digits", "frac_digits",    "p_cs_precedes", "p_sep_by_space",
                                        "n_cs_precedes",   "n_sep_by_space", "p_sign_posn",   "n_sign_posn"};
    KrObject *d = kr_dict_new(ts);
    KrObject *charmax = kr_int_from_i64(ts, 127);
    if (!d || !charmax) {
        goto error;
    }
    for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        if (add_str(ts, d, strs[i][0], strs[i][1]) < 0) {
            goto error;
        }
    }
    KrObject *grouping = kr_list_new(ts, 0);
    if (!grouping || kr_dict_set_item_str(ts, d, "mon_grouping", grouping) < 0) {
        KR_XDECREF(ts, grouping);
        goto error;
    }
    KR_DECREF(ts, grouping);
    for (size_t i = 0; i < 2; i++) {
        if (add_str(ts, d, signs[i], "") < 0) {
            goto error;
        }
    }
    for (size_t i = 0; i < sizeof chars / sizeof chars[0]; i++) {
        if (kr_dict_set_item_str(ts, d, chars[i], charmax) < 0) {
            goto error;
        }
    }
    if (add_str(ts, d, "decimal_point", ".") < 0 || add_str(ts, d, "thousands_sep", "") < 0) {
        goto error;
    }
    grouping = kr_list_new(ts, 0);
    if (!grouping || kr_dict_set_item_str(ts, d, "grouping", grouping) < 0) {
        KR_XDECREF(ts, grouping);
        goto error;
    }
    KR_DECREF(ts, grouping);
    KR_DECREF(ts, charmax);
    return d;
error:
    KR_XDECREF(ts, d);
    KR_XDECREF(ts, charmax);
    return NULL;
}

// ---- nl_langinfo ----------------------------------------------------------------------

typedef struct LangInfo {
    const char *name;
    int value;         // glibc's item number
    const char *text;  // in the C locale
} LangInfo;

static const LangInfo langinfo[] = {
    {"CODESET", 14, NULL},
    {"D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"}, {"D_FMT", 131113, "%m/%d/%y"}, {"T_FMT", 131114, "%H:%M:%S"},
    {"T_FMT_AMPM", 131115, "%I:%M:%S %p"}, {"AM_STR", 131110, "AM"}, {"PM_STR", 131111, "PM"},
    {"DAY_1", 131079, "Sunday"}, {"DAY_2", 131080, "Monday"}, {"DAY_3", 131081, "Tuesday"},
    {"DAY_4", 131082, "Wednesday"}, {"DAY_5", 131083, "Thursday"}, {"DAY_6", 131084, "Friday"},
    {"DAY_7", 131085, "Saturday"},
    {"ABDAY_1", 131072, "Sun"}, {"ABDAY_2", 131073, "Mon"}, {"ABDAY_3", 131074, "Tue"}, {"ABDAY_4", 131075, "Wed"},
    {"ABDAY_5", 131076, "Thu"}, {"ABDAY_6", 131077, "Fri"}, {"ABDAY_7", 131078, "Sat"},
    {"MON_1", 131098, "January"}, {"MON_2", 131099, "February"}, {"MON_3", 131100, "March"},
    {"MON_4", 131101, "April"}, {"MON_5", 131102, "May"}, {"MON_6", 131103, "June"}, {"MON_7", 131104, "July"},
    {"MON_8", 131105, "August"}, {"MON_9", 131106, "September"}, {"MON_10", 131107, "October"},
    {"MON_11", 131108, "November"}, {"MON_12", 131109, "December"},
    {"ABMON_1", 131086, "Jan"}, {"ABMON_2", 131087, "Feb"}, {"ABMON_3", 131088, "Mar"}, {"ABMON_4", 131089, "Apr"},
    {"ABMON_5", 131090, "May"}, {"ABMON_6", 131091, "Jun"}, {"ABMON_7", 131092, "Jul"}, {"ABMON_8", 131093, "Aug"},
    {"ABMON_9", 131094, "Sep"}, {"ABMON_10", 131095, "Oct"}, {"ABMON_11", 131096, "Nov"},
    {"ABMON_12", 131097, "Dec"},
    {"RADIXCHAR", 65536, "."}, {"THOUSEP", 65537, ""}, {"YESEXPR", 327680, "^[yY]"}, {"NOEXPR", 327681, "^[nN]"},
    {"CRNCYSTR", 262159, "-"}, {"ERA", 131116, ""}, {"ERA_D_FMT", 131118, ""}, {"ALT_DIGITS", 131119, ""},
    {"ERA_D_T_FMT", 131120, ""}, {"ERA_T_FMT", 131121, ""}, {"_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"},
    {NULL, 0, NULL},
};

static KrObject *locale_nl_langinfo(KrThread *ts, KrObject *mod, KrObject *arg) {
    (void)mod;
    KrObject *n = kr_number_index(ts, arg);
    if (!n) {
        return NULL;
    }
    int overflow = 0;
    int64_t item = kr_int_as_i64(n, &overflow);
    KR_DECREF(ts, n);
    for (const LangInfo *li = langinfo; li->name && !overflow; li++) {
        if (li->value == item) {
            if (!li->text) {
                bool utf8 = strcmp(current_name(ts, LC_CTYPE_), "C") != 0;
                return kr_str_from_cstr(ts, utf8 ? "UTF-8" : "ANSI_X3.4-1968");
            }
            return kr_str_from_cstr(ts, li->text);
        }
    }
    kr_err_set_str(ts, &kr_exc_ValueError, "unsupported langinfo constant");
    return NULL;
}

// ---- collation and the rest -----------------------------------------------------------

static int check_str_arg(KrThread *ts, const char *fname, int pos, KrObject *o) {
    if (!kr_str_check(o)) {
        kr_err_format(ts, &kr_exc_TypeError, "%s() argument %d must be str, not %T", fname, pos, o);
        return -1;
    }
    return 0;
}

// The C locale collates by code point.
static KrObject *locale_strcoll(KrThread *ts, KrObject *mod, KrObject *const *args, size_t nargs, KrObject *kwnames) {
    (void)mod;
    if (kr_modsupport_no_kwargs(ts, "strcoll", kwnames) < 0 || kr_modsupport_nargs(ts, "strcoll", nargs, 2, 2) < 0 ||
        check_str_arg(ts, "strcoll", 1, args[0]) < 0 || check_str_arg(ts, "strcoll", 2, args[1]) < 0) {
        return NULL;
    }
    int lt = kr_compare_bool(ts, args[0], args[1], KR_LT);
    int gt = lt == 0 ? kr_compare_bool(ts, args[0], args[1], KR_GT) : 0;
    if (lt < 0 || gt < 0) {
        return NULL;
    }
    return kr_int_from_i64(ts, lt ? -1 : gt ? 1 : 0);
}

static KrObject *locale_strxfrm(KrThread *ts, KrObject *mod, KrObject *arg) {
    (void)mod;
    if (!kr_str_check(arg)) {
        kr_err_format(ts, &kr_exc_TypeError, "strxfrm() argument must be str, not %T", arg);
        return NULL;
    }
    return KR_INCREF(arg);
}

static KrObject *locale_getencoding(KrThread *ts, KrObject *mod) {
    (void)mod;
    return kr_str_from_cstr(ts, "UTF-8");
}

static const KrMethodDef locale_functions[] = {
    {"setlocale", (void *)locale_setlocale, KR_METH_VARARGS, false, false, "Activates/queries locale processing."},
    {"localeconv", (void *)locale_localeconv, KR_METH_NOARGS, false, false,
     "Returns numeric and monetary locale-specific parameters."},
    {"nl_langinfo", (void *)locale_nl_langinfo, KR_METH_O, false, false, "Return the value for the locale information associated with key."},
    {"strcoll", (void *)locale_strcoll, KR_METH_VARARGS, false, false, "Compares two strings according to the locale."},
    {"strxfrm", (void *)locale_strxfrm, KR_METH_O, false, false,
     "Return a string that can be used as a key for locale-aware comparisons."},
    {"getencoding", (void *)locale_getencoding, KR_METH_NOARGS, false, false, "Get the current locale encoding."},
    {NULL, NULL, 0, false, false, NULL},
};

// locale.Error: a plain Exception subclass, as CPython's.
static KrObject *make_error(KrThread *ts) {
    KrObject *bases = kr_tuple_pack(ts, 1, (KrObject *)&kr_exc_Exception);
    KrObject *cls = bases ? kr_modsupport_new_class(ts, "locale", "Error", bases) : NULL;
    KR_XDECREF(ts, bases);
    return cls;
}

KrObject *kr_locale_module_create(KrThread *ts) {
    static const char *const ints[] = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
                                       "LC_MESSAGES", "LC_ALL"};
    KrObject *m = kr_modsupport_module(ts, "_locale", "Support for POSIX locales.", locale_functions, NULL);
    if (!m || kr_modsupport_add(ts, m, "CHAR_MAX", kr_int_from_i64(ts, 127)) < 0 ||
        kr_modsupport_add(ts, m, "Error", make_error(ts)) < 0) {
        goto error;
    }
    for (int i = 0; i <= LC_ALL_; i++) {
        if (kr_modsupport_add(ts, m, ints[i], kr_int_from_i64(ts, i)) < 0) {
            goto error;
        }
    }
    for (const LangInfo *li = langinfo; li->name; li++) {
        if (kr_modsupport_add(ts, m, li->name, kr_int_from_i64(ts, li->value)) < 0) {
            goto error;
        }
    }
    return m;
error:
    KR_XDECREF(ts, m);
    return NULL;
}
