# !r, !s and !a conversions.
class T:
    def __str__(self): return "str-form"
    def __repr__(self): return "repr-form"
t = T()
print(f"{t}|{t!s}|{t!r}|{t!a}")
s = "héllo\n"
print(f"{s!r}|{s!a}")
print(f"{s!s:>8}|{'x'!r:5}")
print(f"{3!r}{None!s}")
