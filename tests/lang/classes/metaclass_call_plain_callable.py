class M(type):
    def __new__(cls, name, bases, ns):
        tp = type.__new__(M, name, (dict,), ns)
        return tp
    __call__ = dict
class T(metaclass=M): pass
print(T(a=1))
