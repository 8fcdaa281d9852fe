# Slots on subclasses of builtins sit beside the builtin's own data.
class Tagged(str):
    __slots__ = ('tag',)


t = Tagged('hello')
t.tag = 'greeting'
print(t, t.tag, t.upper(), len(t), t + '!')


class Measured(float):
    __slots__ = ('unit',)


m = Measured(2.5)
m.unit = 'm'
print(m * 2, m.unit)


class Stack(list):
    __slots__ = ('limit',)


s = Stack([1, 2])
s.limit = 3
s.append(3)
print(s, s.limit, hasattr(s, '__dict__'))


class Registry(dict):
    __slots__ = ('name', '__weakref__')


r = Registry(a=1)
r.name = 'reg'
print(r, r.name)
