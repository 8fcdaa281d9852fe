# A metaclass's __new__ and __init__ see (name, bases, namespace)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added'] = 'by meta'
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name, kw)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    def method(self): pass
    attr = 1
class B(A, flag=True):
    pass
print(A.added, B.added, type(B).__name__, isinstance(B, Meta))
