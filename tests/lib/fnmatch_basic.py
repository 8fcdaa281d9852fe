# fnmatch: fnmatch, fnmatchcase, filter, translate; character classes and escapes.
import fnmatch

names = ["a.py", "b.PY", "c.txt", "data1.csv", "data22.csv", "[x]", "-", "abc"]
for pat in ("*.py", "*.[pP][yY]", "data?.csv", "data*.csv", "[!a-c]*", "[[]x]", "[-]", "a*c", "*"):
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("a.py", "*.py"))
for pat in ("*.py", "a?c", "[abc]", "[!x]", "[]]", "x[", "**", "a\\b", "[a-]"):
    print(repr(fnmatch.translate(pat)))
print(fnmatch.fnmatch("", "*"), fnmatch.fnmatch("", "?"), fnmatch.fnmatch("x", ""))
print(fnmatch.fnmatch("a/b", "a*b"), fnmatch.fnmatch("\n", "?"))
try:
    fnmatch.fnmatch(1, "*")
except TypeError as e:
    print("TypeError", e)
try:
    fnmatch.fnmatch("a", b"*")
except TypeError as e:
    print("TypeError", e)
print(fnmatch.fnmatch(b"a.py", b"*.py"))
