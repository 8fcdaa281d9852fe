# exec with explicit globals and locals dicts.
g = {"base": 10}
l = {}
exec("x = base + 1\ny = x * 2", g, l)
print(sorted(l.items()), "x" in g)
exec("z = 5", g)
print(g["z"], "__builtins__" in g)
exec("global q\nq = 'global q'\nlocal_only = 1", g, l)
print(g["q"], l["local_only"])
exec("def f():\n    return base\nr = f()", g, l)
print(l["r"])
ns = {"__builtins__": {"len": len}}
exec("n = len([1, 2])", ns)
print(ns["n"])
