# Without the future import, module and class annotations are evaluated.
try:
    x: undefined_name = 1
except NameError as e:
    print(type(e).__name__, e)
print(x)
try:
    class C:
        y: missing_in_class
except NameError as e:
    print(type(e).__name__, e)
try:
    z: 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(__annotations__)
o = object()
o.attr: int = 5
