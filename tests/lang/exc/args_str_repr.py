# args/str/repr of exceptions with 0, 1 and 2 arguments
for cls in (Exception, ValueError, KeyError, OSError, StopIteration, SystemExit, UnicodeError):
    for args in ((), ('msg',), ('a', 2), (None,), (('t',),)):
        e = cls(*args)
        print(cls.__name__, e.args, repr(str(e)), repr(e))
e = Exception('x')
e.args = ('changed', 1)
print(str(e), repr(e))
e.args = [1]
print(e.args, type(e.args).__name__)
print(repr(Exception(Exception('inner'))), str(KeyError(KeyError('k'))))
