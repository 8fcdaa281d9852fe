# Custom exceptions: args follow what was passed to BaseException.__new__, not __init__
class E1(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
class E2(Exception):
    def __init__(self, a):
        super().__init__('fixed')
class E3(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, 'from new')
    def __init__(self, *args):
        pass
print(E1(1, 2).args, str(E1(1, 2)), E2(5).args, E3(9).args, str(E3(9)))
class Kw(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
print(Kw(code=3).args, Kw(code=3).code)
try:
    Exception(x=1)
except TypeError as e:
    print(e)
try:
    E1(1)
except TypeError as e:
    print(e)
import copy
print(repr(copy.copy(E1(1, 2)).__dict__) if False else 'skip')
raise E1('a', 'b')
