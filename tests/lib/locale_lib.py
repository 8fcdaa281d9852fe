# Lib/locale.py and calendar on _locale in the C locale.
import locale, calendar
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.getlocale(locale.LC_NUMERIC))
print(locale.localeconv()["decimal_point"], locale.format_string("%.2f", 1234.5), locale.format_string("%d", 1234567, grouping=True))
print(locale.str(3.25), locale.atof("2.5"), locale.atoi("42"), locale.currency is not None)
print(locale.normalize("en_US"), locale.getpreferredencoding(False))
try:
    locale.setlocale(locale.LC_ALL, "xx_XX.nope")
except locale.Error as e:
    print("Error", e)
print(calendar.month(2024, 2))
print(calendar.day_name[0], calendar.month_abbr[12])
