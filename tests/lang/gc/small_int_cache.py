# Small ints in [-5, 256] are shared; larger ones made at run time are not.
def make(n):
    return int(str(n))


print(make(256) is make(256), make(257) is make(257))
print(make(-5) is make(-5), make(-6) is make(-6))
zero = 0
print(make(0) is zero)
x = 1000
y = 999 + int("1")
print(x == y, x is y)
