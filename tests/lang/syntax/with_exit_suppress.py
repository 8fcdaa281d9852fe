# __exit__ returning true suppresses; exit receives exception info.
class Suppress:
    def __enter__(self): return self
    def __exit__(self, typ, val, tb):
        print("exit got", typ.__name__ if typ else None, val)
        return typ is not None and issubclass(typ, ArithmeticError)
with Suppress():
    1 / 0
print("after suppressed ZeroDivisionError")
try:
    with Suppress():
        [][1]
except IndexError as e:
    print("propagated", e)
def f():
    with Suppress():
        return "returned"
print(f())
