# throw(type, value) and throw(instance) forms
def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError, "msg")
it.throw(ValueError, ("a", "b"))
it.throw(ValueError("inst"))
it.throw(KeyError, KeyError("k"))
try:
    it.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError", e)
