# code.replace() with the common keyword arguments.
def f(a, b=2):
    return a + b


c = f.__code__
g = c.replace(co_name="g", co_filename="other.py")
print(g.co_name, g.co_filename, g.co_varnames, g.co_argcount, g.co_consts == c.co_consts)
print(g != c, c.co_name, c.replace() == c)
ns = {}
exec(compile("x = 40 + 2", "<s>", "exec").replace(co_filename="<t>"), ns)
print(ns["x"])
h = c.replace(co_varnames=("p", "q"), co_firstlineno=100)
print(h.co_varnames, h.co_firstlineno, h.co_nlocals)
renamed = c.replace(co_name="renamed")
ns = {}
exec(compile("def k(a, b=2):\n    return a - b\n", "<k>", "exec"), ns)
print(renamed.co_name, eval(compile("3 * 3", "<e>", "eval").replace(co_name="x")))
for kwargs in (dict(co_nlocals=5), dict(co_argcount="x"), dict(co_consts="x"), dict(co_name=1),
               dict(co_argcount=-1), dict(co_bogus=1)):
    try:
        c.replace(**kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    c.replace(1)
except TypeError as e:
    print(e)
