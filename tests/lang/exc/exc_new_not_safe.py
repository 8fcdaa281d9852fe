# Exception __new__s are shared, except OSError's and MemoryError's.
class MyKey(KeyError): pass
e = LookupError.__new__(MyKey, 'x')
print(type(e).__name__, e.args, str(e))
e = BaseException.__new__(UnicodeDecodeError)
print(type(e).__name__, e.args)
e = OSError.__new__(FileNotFoundError, 1, 'y')
print(type(e).__name__, e.args)
for t in (FileNotFoundError, OSError, MemoryError, ConnectionError):
    try:
        Exception.__new__(t)
    except TypeError as err:
        print('TypeError', err)
try:
    KeyError.__new__(int)
except TypeError as err:
    print('TypeError', err)
try:
    KeyError.__new__(5)
except TypeError as err:
    print('TypeError', err)
OSError.__new__(ValueError)
