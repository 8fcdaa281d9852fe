# localeconv() and collation in the C locale.
import _locale as L
conv = L.localeconv()
for k in sorted(conv):
    print(k, repr(conv[k]))
print(L.CHAR_MAX, conv["frac_digits"] == L.CHAR_MAX)
print(L.strcoll("a", "b"), L.strcoll("b", "a"), L.strcoll("abc", "abc"), L.strcoll("B", "a"), L.strcoll("", "x"))
print(L.strxfrm("abc"), sorted(["b", "A", "a", "é"], key=L.strxfrm))
print(L.getencoding())
