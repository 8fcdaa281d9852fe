# argument errors from __init__ and __new__
class P:
    def __init__(self, x, y):
        pass
for call in (lambda: P(), lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3)):
    try:
        call()
    except TypeError as e:
        print(e)
class Q:
    pass
try:
    Q(1)
except TypeError as e:
    print(e)
