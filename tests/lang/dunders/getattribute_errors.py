# __getattribute__ raising non-AttributeError propagates; __getattr__ not consulted
class G:
    def __getattribute__(self, name):
        if name == 'boom':
            raise KeyError('boom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback'
g = G()
print(g.other)
try:
    g.boom
except KeyError as e:
    print('KeyError', e)
print(hasattr(g, 'anything'))
try:
    hasattr(g, 'boom')
except KeyError as e:
    print('hasattr propagates', e)
try:
    object.__getattribute__(g, 5)
except TypeError as e:
    print(e)
try:
    getattr(g, 'x', 1, 2)
except TypeError as e:
    print(e)
g.boom
