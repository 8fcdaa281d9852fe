# assigning non-tuple to __defaults__ is a TypeError
def f(a=1):
    pass
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 5
except TypeError as e:
    print(e)
print(f.__defaults__)
