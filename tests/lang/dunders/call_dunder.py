# __call__ makes instances callable; callable() checks the type
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, k=0):
        return self.n + x + sum(rest) + k
add = Adder(10)
print(add(1), add(1, 2, 3, k=4), callable(add), callable(Adder), callable(5))
add.__call__ = lambda x: 'instance attr ignored'
print(add(1))
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
print(list(map(Adder(100), [1, 2])))
'str'()
