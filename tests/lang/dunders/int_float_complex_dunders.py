# int()/float()/complex() use __int__/__index__/__float__/__complex__
class All:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1+2j
    def __index__(self): return 9
a = All()
print(int(a), float(a), complex(a), bin(a))
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self): return 1.25
print(float(OnlyFloat()), complex(OnlyFloat()))
class Trunc:
    def __trunc__(self): return 3
import warnings
warnings.simplefilter('ignore')
print(int(Trunc()))
class IntSub(int): pass
class RetSub:
    def __int__(self): return IntSub(5)
import math
print(math.sqrt(OnlyFloat()), math.floor(OnlyFloat()))
