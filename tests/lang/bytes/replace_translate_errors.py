# replace/translate/affix errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: b'abc'.replace('a', 'b'))
t(lambda: b'abc'.replace(b'a'))
t(lambda: b'abc'.replace(b'a', b'b', 1, 2))
t(lambda: b'abc'.replace(b'a', b'b', 'x'))
t(lambda: b'abc'.translate(b'x'))
t(lambda: b'abc'.translate())
t(lambda: b'abc'.translate('x' * 256))
t(lambda: b'abc'.translate(None, 'b'))
t(lambda: bytes.maketrans(b'a', b'bc'))
t(lambda: bytes.maketrans(b'a'))
t(lambda: bytes.maketrans('a', 'b'))
t(lambda: b'a'.removeprefix('a'))
t(lambda: b'a'.removesuffix())
