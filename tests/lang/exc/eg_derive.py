# derive() builds the parts of split(); subclasses override it to keep their type.
eg = ExceptionGroup("msg", [ValueError(1)])
d = eg.derive([TypeError(2)])
print(type(d).__name__, repr(d), d.__traceback__, d.__notes__ if hasattr(d, "__notes__") else "no notes")
print(repr(eg.derive((KeyboardInterrupt(),))))
for args in ((), (1, 2), ([],), (5,)):
    try:
        eg.derive(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code=0):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self
    def __init__(self, message, excs, code=0):
        super().__init__(message, excs)
    def derive(self, excs):
        return MyEG(self.message + "+", excs, self.code)
x = MyEG("m", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3)])], code=7)
m, r = x.split(ValueError)
print(type(m).__name__, repr(m), m.code, type(r).__name__, repr(r), r.code)
print(type(m.exceptions[1]).__name__)
class Plain(ExceptionGroup):
    pass
p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__)
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError", e)
class Nested(Exception):
    pass
class MyBase(BaseExceptionGroup):
    pass
print(type(MyBase("x", [ValueError()])).__name__, type(MyBase("x", [KeyboardInterrupt()])).__name__)
class MyExc(BaseExceptionGroup, Exception):
    pass
try:
    MyExc("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
