# Setting f_lineno outside a trace function fails with CPython's messages.
import sys
f = sys._getframe()
for v in [3, "3", 2.5, None, True]:
    try:
        f.f_lineno = v
    except Exception as e:
        print(type(e).__name__, e)
try:
    del f.f_lineno
except Exception as e:
    print(type(e).__name__, e)
def func():
    fr = sys._getframe()
    try:
        fr.f_lineno = fr.f_lineno + 1
    except ValueError as e:
        print(e)
func()
print(f.f_lineno)
