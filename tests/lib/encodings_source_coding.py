# Source files declaring a codec the built-in engine lacks decode through the registry.
src = b'# -*- coding: cp1252 -*-\nx = "caf\xe9 \x80"\n'
ns = {}
exec(compile(src, "cp1252_src", "exec"), ns)
print(ascii(ns["x"]))
ns = {}
exec(compile(b'# vim: set fileencoding=koi8-r :\ny = "\xd0\xd2\xc9"\n', "koi8", "exec"), ns)
print(ascii(ns["y"]))
try:
    compile(b"# coding: no-such-codec\nx = 1\n", "bad", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
