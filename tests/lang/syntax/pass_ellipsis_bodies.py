# Minimal bodies: pass, ellipsis, docstring only, one-line compound statements.
def a(): pass
def b(): ...
def c():
    "docstring only"
class D: pass
class E: "doc"
if True: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
print(a(), b(), c(), c.__doc__, E.__doc__)
try: print("one-line try")
except: pass
class CM:
    def __enter__(self): return "cm"
    def __exit__(self, *a): pass
with CM() as f: print("one-line with", f)
