# strip and padding errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'abc'.strip('a'))
t(lambda: b'abc'.strip(1, 2))
t(lambda: b'abc'.center())
t(lambda: b'abc'.center(5, 'x'))
t(lambda: b'abc'.center(5, b'xy'))
t(lambda: b'abc'.ljust(5, b''))
t(lambda: b'abc'.rjust('5'))
t(lambda: b'abc'.zfill('a'))
t(lambda: b'abc'.expandtabs('x'))
t(lambda: b'abc'.expandtabs(1, 2))
