# __getattr__ touching a missing attribute recurses until RecursionError
class Loop:
    def __getattr__(self, name):
        return self.missing_too
try:
    Loop().x
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
class Safe:
    def __init__(self): self._data = {'a': 1}
    def __getattr__(self, name):
        if name == '_data':
            raise AttributeError(name)
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f'{type(self).__name__!r} has no {name!r}') from None
s = Safe()
print(s.a)
try:
    s.b
except AttributeError as e:
    print(e)
print(getattr(Safe.__new__(Safe), 'a', 'no data yet'))
