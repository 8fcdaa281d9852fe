# gi_code is the function's code; __name__/__qualname__ are writable
def gen():
    yield
it = gen()
print(it.gi_code is gen.__code__, it.gi_code.co_name)
print(bool(it.gi_code.co_flags & 0x20))
print(it.__name__, it.__qualname__)
it.__name__ = "renamed"
print(it.__name__, repr(it).startswith("<generator object gen at"))
try:
    it.__name__ = 1
except TypeError as e:
    print(e)
class C:
    def m(self):
        yield
print(C().m().__qualname__)
