# linecache: lazycache with a module loader, updatecache, non-existent and directory names.
import linecache
import os

g = {"__name__": "fake_mod", "__loader__": type("L", (), {"get_source": lambda self, name: "a = 1\nb = 2\n"})()}
print(linecache.lazycache("/no/such/fake_mod.py", g))
print(linecache.getline("/no/such/fake_mod.py", 2), end="")
print(linecache.lazycache("<special>", g), linecache.lazycache("", g))
print(linecache.updatecache("/krait_missing_file.py"))
print(linecache.getlines(os.path.dirname(__file__)))
p = "/tmp/krait_lib_linecache_lazy.txt"
with open(p, "w") as f:
    f.write("no newline at end")
print(linecache.getlines(p))
print(repr(linecache.getline(p, 1)), repr(linecache.getline(p, -1)))
os.unlink(p)
