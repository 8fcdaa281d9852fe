# o.__getattribute__/__setattr__/__delattr__ called with a non-str name raise TypeError
x=[]
try:
    x.__getattribute__(None)
except TypeError as e: print(e)
try:
    x.__setattr__(None, 1)
except TypeError as e: print(e)
try:
    x.__delattr__(None)
except TypeError as e: print(e)
class C: pass
try:
    C().__setattr__(1, 1)
except TypeError as e: print(e)
