# vars() with no argument is locals().
print(vars() is globals())
def f(a):
    b = a + 1
    v = vars()
    return sorted(v), v is locals()
print(f(1))
class K:
    x = 1
    print(sorted(vars()), vars() is locals())
try:
    vars(1, 2)
except TypeError as e:
    print(e)
try:
    vars(1)
except TypeError as e:
    print(e)
print([sorted(vars()) for q in [1]])
