# an unexpected keyword argument
def f(a, b=1):
    pass
try:
    f(1, c=2)
except TypeError as e:
    print(e)
try:
    f(1, **{"zz": 3})
except TypeError as e:
    print(e)
class C:
    def m(self, x):
        pass
try:
    C().m(x=1, y=2)
except TypeError as e:
    print(e)
