# type.__annotations__: a class's own dict entry, made on first read; builtins have none.
class A:
    x: int


class B(A):
    pass


print(B.__annotations__, A.__annotations__, B.__annotations__ is B.__dict__['__annotations__'])
B.__annotations__ = {'y': str}
print(B.__annotations__)
del B.__annotations__
print('__annotations__' in B.__dict__)
try:
    del B.__annotations__
except AttributeError as e:
    print(type(e).__name__, e)
for action in (lambda: int.__annotations__, lambda: setattr(int, '__annotations__', {})):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
object.__annotations__
