# frame.f_code, f_globals and f_builtins
import sys
def f():
    return sys._getframe()
fr = f()
print(fr.f_code is f.__code__, fr.f_code.co_name)
print(fr.f_globals is globals())
print(fr.f_builtins["len"] is len)
print(type(fr).__name__)
