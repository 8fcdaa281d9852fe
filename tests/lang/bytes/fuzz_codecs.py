# codec round trips and error handlers over pseudo-random input, compared with CPython
class R:
    def __init__(self, seed):
        self.x = seed
    def nxt(self):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) % 2**64
        return self.x >> 33
    def randint(self, a, b):
        return a + self.nxt() % (b - a + 1)
    def choice(self, seq):
        return seq[self.nxt() % len(seq)]
r = R(11)
cps = [0x41, 0x7f, 0x80, 0xe9, 0xff, 0x100, 0x20ac, 0xd800, 0xdc80, 0xdcff, 0xdfff, 0xfffd, 0x1f600, 0x10ffff]
def show(tag, f):
    try:
        v = f()
    except Exception as e:
        v = '%s: %s' % (type(e).__name__, e)
    print(tag, ascii(v))
for i in range(150):
    s = ''.join(chr(r.choice(cps)) for _ in range(r.randint(0, 5)))
    enc = r.choice(['utf-8', 'ascii', 'latin-1'])
    h = r.choice(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass'])
    show('enc', lambda: s.encode(enc, h))
    b = bytes(r.randint(0, 255) if r.randint(0, 2) else r.choice([0xed, 0xa0, 0x80, 0xc3, 0xf0, 0x9f]) for _ in range(r.randint(0, 6)))
    hd = r.choice(['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass'])
    show('dec', lambda: b.decode(enc, hd))
