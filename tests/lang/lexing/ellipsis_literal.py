# The Ellipsis literal.
print(..., type(...).__name__, ... is Ellipsis)
x = [..., ...]
print(x, x[0] is x[1])
def stub(): ...
print(stub())
print(bool(...), repr(...))
