# add_note() and __notes__ on exceptions and groups.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two")
print(e.__notes__)
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError", err)
e.__notes__ = ("t",)
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError", err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)
g = ExceptionGroup("g", [e])
g.add_note("group")
print(g.__notes__, g.exceptions[0].__notes__)
class S(str):
    pass
e2 = KeyError()
e2.add_note(S("subclass"))
print(e2.__notes__, type(e2.__notes__[0]).__name__)
