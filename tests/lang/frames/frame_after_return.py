# A frame object outliving its call keeps its code, locals, line and caller.
import sys
def make(n):
    total = 0
    for i in range(n):
        total += i
    fr = sys._getframe()
    return fr
frames = [make(k) for k in range(4)]
for fr in frames:
    print(fr.f_code.co_name, fr.f_locals["n"], fr.f_locals["total"], fr.f_lineno)
def caller():
    return make(3)
fr = caller()
print(fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
print(fr.f_back.f_back is sys._getframe())
print(sorted(fr.f_back.f_locals))
# Reusing frames for other calls must not change the old frame object.
def other(a, b, c):
    return a + b + c
for _ in range(100):
    other(1, 2, 3)
print(sorted((k, v) for k, v in fr.f_locals.items() if k != "fr"))
print(fr.f_locals["fr"] is fr)
