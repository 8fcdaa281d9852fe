# Errors raised from metaclass hooks propagate out of the class statement
class Strict(type):
    def __new__(mcls, name, bases, ns):
        if 'forbidden' in ns:
            raise TypeError(f'{name} may not define forbidden')
        return super().__new__(mcls, name, bases, ns)
class Ok(metaclass=Strict): pass
try:
    class Bad(metaclass=Strict):
        forbidden = 1
except TypeError as e:
    print(e)
class NoReturn(type):
    def __new__(mcls, name, bases, ns):
        super().__new__(mcls, name, bases, ns)
class X(metaclass=NoReturn): pass
print(X)
class WrongInit(type):
    def __init__(cls, name, bases, ns):
        return 1
try:
    class Y(metaclass=WrongInit): pass
except TypeError as e:
    print(e)
try:
    class Z(metaclass=type, extra=1): pass
except TypeError as e:
    print(e)
class Bad(metaclass=Strict):
    forbidden = 2
