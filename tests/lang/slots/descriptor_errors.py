# A member descriptor checks the type of the instance it is used on.
class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('a',)


b = B()
for action in (lambda: A.a.__get__(b), lambda: A.a.__set__(3, 1), lambda: A.a.__delete__('s')):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    A.a.__name__ = 'z'
except AttributeError as e:
    print(type(e).__name__)
A.a.__get__(42)
