# Repeated keyword arguments in a call.
cases = [
    'f(a=1, a=2)\n',
    'f(x, a=1, b=2, a=3)\n',
    'class C(metaclass=M, metaclass=N): pass\n',
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
