# os.fspath and os.PathLike.
import os
class P:
    def __init__(self, v):
        self.v = v
    def __fspath__(self):
        return self.v
print(os.fspath('a'), os.fspath(b'b'), os.fspath(P('c')), os.fspath(P(b'd')))
print(isinstance(P('x'), os.PathLike), isinstance('x', os.PathLike), issubclass(P, os.PathLike))
for bad in [1, None, P(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
print(os.fsencode('abc'), os.fsdecode(b'abc'), os.fsencode(P('p')), os.fsdecode(P(b'q')))
print(os.path.join(P('a'), 'b'), os.path.basename(P('/x/y')))
