# Private slot names are mangled with the class name.
class Account:
    __slots__ = ('__balance', 'owner', '__dunder__')

    def __init__(self):
        self.__balance = 10
        self.__dunder__ = 'd'

    def balance(self):
        return self.__balance


a = Account()
print(a.balance(), a._Account__balance, a.__dunder__)
print(sorted(k for k in Account.__dict__ if 'balance' in k or k == '__dunder__'))
print(repr(Account._Account__balance))


class _Under:
    __slots__ = ('__x',)


print([k for k in _Under.__dict__ if 'x' in k])
try:
    a.__balance
except AttributeError as e:
    print(e)
