# __getattr__ runs when a slot is unset; properties and slots mix.
class Lazy:
    __slots__ = ('_cache', 'calls')

    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        if name == '_cache':
            self._cache = 'computed'
            return self._cache
        raise AttributeError(name)

    @property
    def value(self):
        return self._cache.upper()


z = Lazy()
print(z.value, z.value, z.calls)
try:
    z.missing
except AttributeError as e:
    print(type(e).__name__, e)
