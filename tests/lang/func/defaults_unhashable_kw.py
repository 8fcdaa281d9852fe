# __kwdefaults__ with keys for missing kw-only params still binds by name
def f(*, a, b=2):
    return a, b
f.__kwdefaults__ = {"a": 10, "zzz": 1}
print(f())
print(f(a=1, b=1))
f.__kwdefaults__ = {}
try:
    f()
except TypeError as e:
    print(e)
