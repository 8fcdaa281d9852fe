# __name__/__qualname__/__module__/__doc__ of nested classes, methods and functions
class Outer:
    """Outer doc"""
    class Inner:
        class Deepest:
            def m(self): pass
        def im(self): pass
    def method(self):
        class Local: pass
        def local_fn(): pass
        return Local, local_fn
    lam = lambda self: None
L, lf = Outer().method()
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.m.__qualname__, Outer.Inner.im.__qualname__, Outer.lam.__qualname__)
print(L.__qualname__, lf.__qualname__, L.__name__, lf.__name__)
print(Outer.__module__, Outer.Inner.__module__, Outer.method.__module__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.method.__doc__)
print(repr(Outer.Inner), repr(L).split(' at ')[0])
Outer.Inner.__qualname__ = 'Renamed'
print(repr(Outer.Inner), Outer.Inner.__name__)
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(e)
try:
    Outer.__name__ = 5
except TypeError as e:
    print(e)
