# compile(optimize=N): 1 drops asserts and makes __debug__ False, 2 also drops docstrings.
src = '''
"""module doc"""
def f():
    """function doc"""
    return 1
class C:
    """class doc"""
    def m(self):
        "method doc"
if __debug__:
    mode = "debug"
else:
    mode = "optimized"
try:
    assert False, "boom"
    checked = "assert skipped"
except AssertionError as e:
    checked = "assert raised: %s" % e
debug_value = __debug__
'''
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<opt%d>" % opt, "exec", optimize=opt), ns)
    print(opt, ns.get("__doc__"), ns["f"].__doc__, ns["C"].__doc__, ns["C"].m.__doc__)
    print("  ", ns["mode"], "|", ns["checked"], "|", ns["debug_value"], ns["f"]())
# The level also applies to eval mode and to nested functions.
print(eval(compile("__debug__", "e", "eval", optimize=1)), eval(compile("__debug__", "e", "eval")))
code = compile("def g():\n    assert 0\n    return 'g ran'\n", "n", "exec", 0, False, 2)
ns = {}
exec(code, ns)
print(ns["g"]())
# A function whose body is only a docstring still returns None at -OO.
ns = {}
exec(compile("def h():\n    'only doc'\n", "d", "exec", optimize=2), ns)
print(ns["h"](), ns["h"].__doc__)
