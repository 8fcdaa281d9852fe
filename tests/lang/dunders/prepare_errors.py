class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 5
try:
    class Q(metaclass=PM): pass
except TypeError as e:
    print('TypeError', e)
class PM2(type):
    @classmethod
    def __prepare__(mcls, name, bases): return {}
try:
    class Q2(metaclass=PM2, k=1): pass
except TypeError as e:
    print('TypeError', e)
class PM3(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw): raise KeyError('no')
class Q3(metaclass=PM3): pass
