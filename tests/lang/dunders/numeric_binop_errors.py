# Unsupported operand types name the operator and both types
class A: pass
class B: pass
cases = [lambda: A() + B(), lambda: A() - 1, lambda: 1 * A(), lambda: A() @ A(),
         lambda: A() / 2, lambda: A() // 2, lambda: A() % 2, lambda: divmod(A(), 1),
         lambda: A() ** 2, lambda: pow(A(), 2, 3), lambda: A() << 1, lambda: A() >> 1,
         lambda: A() & 1, lambda: A() ^ 1, lambda: A() | 1, lambda: 'a' - 'b', lambda: [] + ()]
for f in cases:
    try:
        f()
    except TypeError as e:
        print(e)
def aug():
    x = A(); x += 1
try:
    aug()
except TypeError as e:
    print(e)
x = A()
x **= 2
