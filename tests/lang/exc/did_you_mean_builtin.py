# test: full-stderr
# NameError suggestions include builtins and locals
def f():
    counter = 0
    return countr + 1
try:
    f()
except NameError as e:
    print(e)
lenn([1])
