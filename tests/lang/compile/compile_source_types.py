# compile accepts str, bytes (with coding cookies) and bytearray sources.
print(eval(compile("1 + 1", "s", "eval")))
print(eval(compile(b"'b' * 3", "b", "eval")))
print(eval(compile(bytearray(b"[1, 2]"), "ba", "eval")))
ns = {}
exec(compile("# -*- coding: latin-1 -*-\ns = '\xe9'\n".encode("latin-1"), "lat", "exec"), ns)
print(ns["s"], len(ns["s"]))
exec(compile("\ufeffu = 'bom'\n".encode("utf-8"), "bom", "exec"), ns)
print(ns["u"])
exec(b"v = 'exec bytes'", ns)
print(ns["v"], eval(b"40 + 2"))
