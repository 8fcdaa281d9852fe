# copyreg.pickle registers a reduction function used by copy and pickle.
import copy
import copyreg
import pickle


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    print('reduce_money')
    return (Money, (m.cents + 1,))


copyreg.pickle(Money, reduce_money)
print(copy.copy(Money(10)).cents)
print(pickle.loads(pickle.dumps(Money(20))).cents)
try:
    copyreg.pickle(Money, 'not callable')
except TypeError as e:
    print(type(e).__name__, e)
