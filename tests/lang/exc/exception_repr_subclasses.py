# repr of exception subclasses uses the class name; str() of subclasses keeps base rules
class MyKeyError(KeyError): pass
class MyOSError(OSError): pass
class MyExc(Exception):
    def __repr__(self): return 'custom repr'
print(repr(MyKeyError('k')), str(MyKeyError('k')))
e = MyOSError(2, 'No such file', 'x.txt')
print(repr(e), str(e), type(e).__name__)
print(repr(MyExc('a')), str(MyExc('a')))
print(repr(ExceptionGroup('g', [MyExc()])))
class Q:
    class Nested(ValueError): pass
print(repr(Q.Nested('n')))
raise MyOSError(13, 'Permission denied', 'p')
