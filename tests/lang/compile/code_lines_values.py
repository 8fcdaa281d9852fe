# The lines co_lines() reports are the lines of the statements in the body.
def f(x):
    y = x + 1
    z = (y *
         2)
    return z


first = f.__code__.co_firstlineno
lines = {line for _, _, line in f.__code__.co_lines() if line is not None}
print(sorted(line - first for line in lines if line > first))
module = compile("a = 1\n\nb = 2\nc = (a,\n     b)\n", "<s>", "exec")
print(sorted({line for _, _, line in module.co_lines() if line}))
