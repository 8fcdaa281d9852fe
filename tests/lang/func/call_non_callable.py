# calling non-callables
for obj in (1, "s", [1], None, (1,)):
    try:
        obj()
    except TypeError as e:
        print(e)
class C:
    pass
try:
    C()()
except TypeError as e:
    print(e)
