# Identifier-like constants and attribute names are interned by the compiler.
import sys

x = "spam_eggs"
y = "spam_" + "eggs"
print(x is y)


class C:
    spam_eggs = 1


name = [k for k in C.__dict__ if k.startswith("spam")][0]
print(name is x)
print(getattr(C, sys.intern("".join(["spam", "_eggs"]))))
d = {"keyname": 1}
k = "".join(["key", "name"])
print(list(d)[0] is sys.intern(k))
