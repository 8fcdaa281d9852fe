# Functions as first-class values
def apply(f, *args):
    return f(*args)
print(apply(len, "abc"), apply(max, 3, 9, 4), apply(lambda: 'x'))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
for sym in ops:
    print(sym, ops[sym](6, 3))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda x: x - 10)(3))
funcs = [len, str.upper, repr]
print([f("ab") for f in funcs])
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
print(callable(len), callable(curry), callable(3))
def fold(f, seq, init):
    for s in seq:
        init = f(init, s)
    return init
print(fold(lambda a, b: a * b, range(1, 11), 1))
