# AttributeError: 'function' object has no attribute 'counter'
def f():
    return 1
f.calls = 0
print(f.calls)
print(f.counter)
