# str() and repr() of exceptions holding non-string or odd arguments
class Weird:
    def __str__(self): return 'weird-str'
    def __repr__(self): return 'weird-repr'
for e in (ValueError(Weird()), ValueError(Weird(), 1), KeyError(Weird()), OSError(Weird()),
          IndexError(3.5), TypeError(None), Exception(b'bytes'), Exception([1, 'a']), Exception(('t',))):
    print(type(e).__name__, str(e), repr(e))
class BadStr:
    def __str__(self): raise RuntimeError('no str')
try:
    str(ValueError(BadStr()))
except RuntimeError as err:
    print('RuntimeError', err)
