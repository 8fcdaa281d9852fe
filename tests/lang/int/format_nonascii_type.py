# non-ASCII presentation types (which must not alias ASCII ones) in format() of every builtin number and str
for v in ('a', 5, 1.5, 1j, True):
    for s in ('\u0173', '\u0165', '\u0164', ',\u0165', '\u0125', '\U0001f600', '\x7f', '\x80', '\x1f', ' \u0165'):
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
