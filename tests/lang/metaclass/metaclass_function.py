# Any callable can be a metaclass; it receives (name, bases, ns, **kw)
def upper_attrs(name, bases, ns, **kw):
    print('called with', name, bases, kw)
    return type(name, bases, {k.upper() if not k.startswith('__') else k: v for k, v in ns.items()})
class A(metaclass=upper_attrs, extra=1):
    value = 10
print(A.VALUE, hasattr(A, 'value'), type(A).__name__)
def returns_other(name, bases, ns):
    return 42
class B(metaclass=returns_other): pass
print(B)
class C(metaclass=lambda n, b, ns: ns): x = 1
print(sorted(k for k in C if not k.startswith('__')))
try:
    class D(metaclass=5): pass
except TypeError as e:
    print(e)
