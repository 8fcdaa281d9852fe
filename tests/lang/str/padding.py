# center, ljust, rjust, zfill, expandtabs
print("[" + "hi".center(8) + "]", "[" + "hi".center(7, "*") + "]", "[" + "hi".ljust(5, ".") + "]", "[" + "hi".rjust(5) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("toolong".center(3)))
for w in ["x", "xx", "xxx"]:
    print("|" + w.center(6, "-") + "|" + w.ljust(4) + "|" + w.rjust(4) + "|")
