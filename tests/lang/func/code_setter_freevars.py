# __code__ assignment must match the number of free variables
def outer():
    x = 1
    def inner():
        return x
    return inner
def plain():
    return 0
inner = outer()
try:
    plain.__code__ = inner.__code__
except ValueError as e:
    print("ValueError", e)
try:
    inner.__code__ = plain.__code__
except ValueError as e:
    print("ValueError", e)
try:
    plain.__code__ = 5
except TypeError as e:
    print("TypeError", e)
