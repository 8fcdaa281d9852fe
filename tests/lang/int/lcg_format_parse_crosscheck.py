# Pseudo-random ints through every int format spec and back through
# int(text, base) in bases 2..36 and base 0 (prefixes, underscores).
seed = 777


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed


DIG = '0123456789abcdefghijklmnopqrstuvwxyz'


def to_base(v, b):
    s = ''
    n = abs(v)
    while True:
        n, d = divmod(n, b)
        s = DIG[d] + s
        if not n:
            break
    return ('-' if v < 0 else '') + s


specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', ',', '_', '_x', '_b', '#_o', '+', ' ', '020',
         '<20', '^21', '*>25,', '=+20_', 'n', 'e', '.3f', '%', 'g', '.30g', '#010x']
M = 2**61 - 1
acc = 0
for i in range(500):
    bits = rnd() % 400
    v = rnd() * rnd() * rnd() * rnd() * rnd() * rnd() * rnd() >> (448 - bits)
    if rnd() % 2:
        v = -v
    out = []
    for sp in specs:
        out.append(format(v, sp))
    b = 2 + rnd() % 35
    text = to_base(v, b)
    out.append(int(text, b) == v)
    out.append(int(text.upper(), b) == v)
    if len(text.lstrip('-')) > 2:
        t = text[:-2] + '_' + text[-2:]
        out.append(int(t, b) == v)
    for pre, base in (('0x', 16), ('0o', 8), ('0b', 2)):
        s = ('-' if v < 0 else '') + pre + to_base(abs(v), base)
        out.append(int(s, 0) == v and int(s, base) == v)
    for o in out:
        for ch in str(o):
            acc = (acc * 131 + ord(ch)) % M
    if i % 60 == 0:
        print(v, out[10], out[17], out[24])
print(acc)
