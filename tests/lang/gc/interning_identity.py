# Identifier-like constants and attribute names are interned; sys.intern.
import sys

a = "hello"
b = "hel" + "lo"
print(a is b)
c = "".join(["hel", "lo"])
print(a == c, sys.intern(c) is a)
ch = chr(97)
print(ch is chr(97), sys.intern(ch) is sys.intern("a"))
x = "not an identifier!"
y = sys.intern("not an " + "identifier!".strip())
print(sys.intern(x) is sys.intern(y))


class K:
    some_attribute = 1


name = [n for n in vars(K) if n.startswith("some")][0]
attr = "some_attribute"
print(name is attr)
try:
    sys.intern(b"x")
except TypeError as e:
    print(e)
