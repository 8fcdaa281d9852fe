# __bool__ and __len__ returning bad values
class BoolInt:
    def __bool__(self): return 1
class LenNeg:
    def __len__(self): return -1
class LenFloat:
    def __len__(self): return 1.0
class LenBig:
    def __len__(self): return 2**100
class LenStr:
    def __len__(self): return '3'
for f in [lambda: bool(BoolInt()), lambda: bool(LenNeg()), lambda: len(LenNeg()),
          lambda: len(LenFloat()), lambda: bool(LenFloat()), lambda: len(LenStr())]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(LenBig())
except OverflowError as e:
    print(type(e).__name__, e)
class LenBool:
    def __len__(self): return True
print(len(LenBool()))
if BoolInt(): pass
