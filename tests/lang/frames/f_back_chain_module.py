# the f_back chain ends at the module frame
import sys
def f():
    fr = sys._getframe()
    names = []
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names
print(f())
print((lambda: f())())
