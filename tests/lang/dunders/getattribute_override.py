# __getattribute__ intercepts every lookup; AttributeError from it triggers __getattr__
class G:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print('getattribute', name)
        if name == 'hidden':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'fallback:{name}'
g = G()
print(g.x)
print(g.hidden)
print(g.nothing)
print(type(g).__name__)  # type() doesn't use __getattribute__
print(len.__name__)
class Counter:
    hits = 0
    def __getattribute__(self, name):
        type(self).hits += 1
        return super().__getattribute__(name)
c = Counter(); c.a = 1
c.a; c.a
print(Counter.hits)
