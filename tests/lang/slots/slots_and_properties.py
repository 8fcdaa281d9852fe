# Slots coexist with properties, classmethods and class attributes of other names.
class Temperature:
    __slots__ = ('_celsius',)
    unit = 'C'

    def __init__(self, c):
        self._celsius = c

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._celsius = (f - 32) * 5 / 9

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temperature.freezing()
print(t.fahrenheit, t.unit)
t.fahrenheit = 212
print(t._celsius)
try:
    t.unit = 'F'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Temperature.__slots__ = ('other',)
    print(Temperature.__slots__, t._celsius)
except AttributeError as e:
    print(e)
