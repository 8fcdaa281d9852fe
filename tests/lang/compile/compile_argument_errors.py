# Invalid compile arguments raise ValueError/TypeError.
def attempt(*a, **k):
    try:
        compile(*a, **k)
        print("ok")
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
attempt("1", "f", "bogus")
attempt("1\x00", "f", "exec")
attempt(123, "f", "exec")
attempt("1", "f", "eval", 0, False, 5)
attempt("1", "f")
