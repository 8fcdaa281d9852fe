# Constant comparisons, boolean operators and containment (results only).
print(1 < 2, 2 <= 1, "a" < "b", (1, 2) < (1, 3), 1 == 1.0)
print(1 and 2, 0 and 2, 0 or "x", "" or 0, not 1, not "")
print(1 in (1, 2), 3 not in [1, 2], "b" in "abc", None is None)
print(1 if 1 else 2, 1 if 0 else 2)
print(-(-1), +(+1), -(1 - 2), not not 5)
def f():
    if not 0:
        return "folded branch"
print(f())
