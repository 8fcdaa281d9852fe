# _locale.setlocale with the C/POSIX locales: queries, per-category and LC_ALL settings.
import _locale as L
print(L.setlocale(L.LC_NUMERIC), L.setlocale(L.LC_TIME, None), L.setlocale(L.LC_TIME, "C"))
print(L.setlocale(L.LC_NUMERIC, "POSIX"), L.setlocale(L.LC_NUMERIC))
print(L.setlocale(L.LC_ALL, "C"), L.setlocale(L.LC_ALL), L.setlocale(L.LC_CTYPE))
print(L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_CTYPE, "C.UTF-8"), L.setlocale(L.LC_CTYPE), L.nl_langinfo(L.CODESET))
print(L.setlocale(L.LC_ALL))
print(L.setlocale(L.LC_MONETARY, "C.UTF-8"))
print(L.setlocale(L.LC_ALL))
print(L.setlocale(L.LC_ALL, "C.UTF-8"), L.setlocale(L.LC_ALL))
print(L.setlocale(L.LC_COLLATE, "C"), L.setlocale(L.LC_COLLATE))
try:
    L.setlocale(category=L.LC_COLLATE, locale="C")
except TypeError as e:
    print(e)
