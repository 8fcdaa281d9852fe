# property: getter/setter/deleter via decorators and the call form, __doc__
class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        "Temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('setting', v); self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting'); self._c = None
    def get_f(self): return self._c * 9 / 5 + 32
    fahrenheit = property(get_f, None, None, 'in F')
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, Temp.fahrenheit.__doc__, type(Temp.celsius).__name__)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temp.fahrenheit.fset)
print(property().__doc__ is None, property(doc='d').__doc__)
