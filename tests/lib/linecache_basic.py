# linecache: getline, getlines, cache invalidation, missing files, lazy loader entries.
import linecache
import os

path = "/tmp/krait_lib_linecache.txt"
with open(path, "w") as f:
    f.write("alpha\nbeta\ngamma\n")
print(repr(linecache.getline(path, 1)))
print(repr(linecache.getline(path, 3)))
print(repr(linecache.getline(path, 4)))
print(repr(linecache.getline(path, 0)))
print(linecache.getlines(path))
with open(path, "w") as f:
    f.write("one\ntwo\n")
print(repr(linecache.getline(path, 1)))
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))
linecache.clearcache()
print(linecache.getlines(path))
os.unlink(path)
linecache.checkcache(path)
print(linecache.getlines(path))
print(repr(linecache.getline("/tmp/krait_lib_no_such_file.py", 1)))
print(linecache.getlines("<string>"))
me = __file__
print(linecache.getline(me, 1).startswith("# linecache"))
linecache.cache["<fake>"] = (5, None, ["x = 1\n", "y = 2\n"], "<fake>")
print(linecache.getline("<fake>", 2), end="")
