# Errors of the padding and stripping methods.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in (b'ab', bytearray(b'ab')):
    t(lambda: s.center(5, b'**'))
    t(lambda: s.center(5, '*'))
    t(lambda: s.ljust(5, 42))
    t(lambda: s.rjust('5'))
    t(lambda: s.zfill(None))
    t(lambda: s.expandtabs('4'))
    t(lambda: s.strip('a'))
    t(lambda: s.lstrip(5))
    t(lambda: s.removeprefix('a'))
    t(lambda: s.removesuffix(None))
    t(lambda: s.center())
