# frame.clear() on a finished frame drops its locals; the rest stays readable.
import sys
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def func():
    obj = Noisy(1)
    other = 5
    return sys._getframe()
fr = func()
print(sorted(fr.f_locals))
print("clearing")
fr.clear()
print("cleared")
print(fr.f_locals, fr.f_code.co_name, fr.f_lineno > 0)
fr.clear()
print(fr.f_locals)
def traced():
    fr2 = sys._getframe()
    fr2.f_trace = print
    return fr2
t = traced()
print(t.f_trace is print)
t.clear()
print(t.f_trace)
