# Deterministic pseudo-random calls of the shared bytes/bytearray methods, compared with CPython
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
random = R(5)
alpha = [b'a', b'b', b' ', b'\t', b'\n', b'A', b'1', b'\r', b',', b'\xe9', b'-']
def rb():
    return b''.join(random.choice(alpha) for _ in range(random.randint(0, 8)))
def show(expr, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(expr, repr(r))
for i in range(120):
    s = rb()
    t = random.choice([s, bytearray(s)])
    sub = random.choice([rb(), b'a', b'', b'ab', 97, b' '])
    a = random.randint(-10, 10); b = random.randint(-10, 10)
    ms = random.randint(-2, 3)
    show('find', lambda: (t.find(sub, a, b), t.rfind(sub, a), t.count(sub, a, b)))
    show('se', lambda: (t.startswith(sub if not isinstance(sub, int) else b'a', a, b), t.endswith(sub if not isinstance(sub, int) else b'a', a, b)))
    sep = random.choice([None, b'a', b' ', b',', b'ab'])
    show('split', lambda: (t.split(sep, ms), t.rsplit(sep, ms), t.splitlines(), t.splitlines(True)))
    show('strip', lambda: (t.strip(), t.lstrip(sep), t.rstrip(sep)))
    w = random.randint(-1, 12)
    show('pad', lambda: (t.center(w, b'*'), t.ljust(w), t.rjust(w, b'-'), t.zfill(w), t.expandtabs(random.randint(0, 5))))
    show('case', lambda: (t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase(), t.istitle(), t.isupper(), t.islower(), t.isalnum(), t.isspace()))
    old = random.choice([b'a', b'', b' ', b'ab']); new = random.choice([b'', b'XY', b'-'])
    show('replace', lambda: (t.replace(old, new), t.replace(old, new, ms)))
    show('part', lambda: (t.partition(b'a'), t.rpartition(b' ')))
    show('hex', lambda: (t.hex(), t.hex(':', ms or 1), bytes.fromhex(t.hex(' '))))
    show('slice', lambda: (t[a:b], t[a:b:random.choice([1, 2, -1, -3])], t[::-1]))
    show('dec', lambda: (t.decode('utf-8', 'replace'), t.decode('latin-1'), t.decode('ascii', 'backslashreplace'), t.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == t))
    show('fmt', lambda: (b'%s|%5r|%-4d|%x|%c' % (t, s, a, b & 0xff, b & 0xff)))
    def mut():
        x = bytearray(s)
        x[a:b] = new
        y = bytearray(s)
        del y[a:b:random.choice([1, 2, -1, 3])]
        z = bytearray(s)
        z.extend(new); z.insert(a, 65)
        return x, y, z
    show('mut', mut)
    n = random.randint(-2**40, 2**40)
    show('ib', lambda: (n.to_bytes(8, 'big', signed=True), int.from_bytes(n.to_bytes(6, 'little', signed=True), 'little', signed=True)))
