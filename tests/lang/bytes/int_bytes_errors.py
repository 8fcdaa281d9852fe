# int.to_bytes / from_bytes errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: (1).to_bytes(0, 'big'))
t(lambda: (256).to_bytes())
t(lambda: (-1).to_bytes(1, 'big'))
t(lambda: (128).to_bytes(1, 'big', signed=True))
t(lambda: (-129).to_bytes(1, 'big', signed=True))
t(lambda: (1).to_bytes(1, 'mid'))
t(lambda: (1).to_bytes(-1, 'big'))
t(lambda: (1).to_bytes(1, 2))
t(lambda: (1).to_bytes('1'))
t(lambda: int.from_bytes('ab', 'big'))
t(lambda: int.from_bytes(b'ab', 'mid'))
t(lambda: int.from_bytes())
t(lambda: int.from_bytes([256], 'big'))
t(lambda: int.from_bytes(1, 'big'))
