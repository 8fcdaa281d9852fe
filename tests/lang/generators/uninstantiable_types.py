# runtime-only types can't be instantiated directly
import sys
def g():
    yield
async def c():
    pass
async def ag():
    yield
co = c()
types_ = [type(g()), type(co), type(ag()), type(sys._getframe()), type(len), type(iter([]))]
co.close()
for t in types_:
    try:
        t()
        print(t.__name__, "created")
    except TypeError as e:
        print(e)
