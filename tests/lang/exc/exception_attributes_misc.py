# Misc exception fields: UnicodeDecodeError, ImportError name/path, SystemExit code
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
e = UnicodeEncodeError('ascii', 'h\xe9', 1, 2, 'bad')
print(str(e), e.args)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(e.name, e.path, str(e), repr(e))
ie = ImportError('msg', name='n', path='p')
print(ie.name, ie.path, ie.msg, repr(ie))
try:
    ImportError(bad=1)
except TypeError as err:
    print(err)
print(repr(UnicodeError('x')), AssertionError(1, 2).args)
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e, e.name)
