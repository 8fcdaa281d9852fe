# nl_langinfo constants (glibc's numbers) and their C-locale values.
import _locale as L
names = sorted(n for n in dir(L) if n.isupper() and not n.startswith("LC_") and n not in ("CHAR_MAX",))
print(len(names))
for n in names:
    print(n, getattr(L, n), repr(L.nl_langinfo(getattr(L, n))) if n != "CODESET" else "")
print(L.LC_CTYPE, L.LC_NUMERIC, L.LC_TIME, L.LC_COLLATE, L.LC_MONETARY, L.LC_MESSAGES, L.LC_ALL)
