# A metaclass can override mro(); __mro__ reflects its result
class Meta(type):
    def mro(cls):
        order = super().mro()
        print('mro() called for', cls.__name__)
        return order[:1] + order[1:][::-1] if cls.__name__ == 'Rev' else order
class A(metaclass=Meta): pass
class B(A): pass
class Rev(B): pass
print([c.__name__ for c in Rev.__mro__])
print([c.__name__ for c in B.__mro__])
