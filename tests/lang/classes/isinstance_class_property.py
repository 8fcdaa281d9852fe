# isinstance() consults an instance's __class__ when its class overrides it
# (a property or a class attribute), as CPython's fallback does.
class Real:
    pass
class Fake:
    @property
    def __class__(self):
        return Real
f = Fake()
print(isinstance(f, Real), isinstance(f, Fake), type(f).__name__, f.__class__.__name__)
print(isinstance(f, (int, Real)), issubclass(Fake, Real))

class NotAClass:
    __class__ = 42
print(isinstance(NotAClass(), int), isinstance(NotAClass(), NotAClass))

class Missing:
    @property
    def __class__(self):
        raise AttributeError("no class")
print(isinstance(Missing(), Real), isinstance(Missing(), Missing))

class Inherits(Fake):
    pass
print(isinstance(Inherits(), Real))

class Raises:
    @property
    def __class__(self):
        raise ValueError("boom")
print(isinstance(Raises(), Raises))
try:
    isinstance(Raises(), Real)
except ValueError as e:
    print("ValueError", e)
isinstance(Raises(), int)
