# Bad values and types for compile()'s flags, dont_inherit and optimize.
def attempt(*a, **k):
    try:
        r = compile(*a, **k)
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
attempt("1", "f", "exec", 0, 0, -2)
attempt("1", "f", "exec", 0, 0, 3)
attempt("1", "f", "exec", 0, 0, 100)
attempt("1", "f", "exec", optimize="1")
attempt("1", "f", "exec", optimize=1.0)
attempt("1", "f", "exec", "x")
attempt("1", "f", "exec", 0, "x")
attempt("1", "f", "exec", 0x8000000)
attempt("1", "f", "exec", 1 << 40)
attempt("1", "f", "exec", 0, 0, -1, 3, 4)
attempt("1", "f", "eval", 0, 0, True)
attempt("1", "f", "eval", False, True, False)
attempt("1", "f", "exec", optimize=2, dont_inherit=True)
attempt("1", "f", "exec", 0x20000)
attempt("1", "f", 1)
attempt("1", "f", None)
attempt("1", "f", "bogus")
class Idx:
    def __index__(self):
        return 2
attempt("1", "f", "exec", optimize=Idx())
