# Python 2 style print and exec statements.
cases = [
    "print 'hello'\n",
    'print x\n',
    "exec 'code'\n",
    "print >>sys.stderr, 'x'\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
