# Reading a slot that was never set raises AttributeError.
class C:
    __slots__ = ('value', 'other')


c = C()
c.other = 1
print(c.other)
try:
    c.value
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(c, 'value', 'default'), hasattr(c, 'value'))
c.value  # escapes: the last stderr line is compared
