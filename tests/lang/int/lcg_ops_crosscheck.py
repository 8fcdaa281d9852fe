# Pseudo-random ints of many sizes and signs through every operator; a
# rolling checksum over the results catches any single wrong digit.
seed = 12345


def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed


def num():
    bits = rnd() % 700
    v = 0
    while bits > 0:
        v = (v << 64) | rnd()
        bits -= 64
    v >>= rnd() % 64
    return -v if rnd() % 2 else v


M = 2**127 - 1
acc = 0
errs = {}
for i in range(400):
    a, b = num(), num()
    results = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, a << (i % 300), a >> (i % 300), a == b, a < b]
    for op in ('//', '%', 'divmod', 'pow'):
        try:
            if op == '//':
                results.append(a // b)
            elif op == '%':
                results.append(a % b)
            elif op == 'divmod':
                results.extend(divmod(a, b))
            else:
                results.append(pow(a, i % 7, b))
        except (ZeroDivisionError, ValueError) as e:
            errs[str(e)] = errs.get(str(e), 0) + 1
    results.append(int(str(a)) == a and int(hex(a), 16) == a and int(bin(b), 0) == b)
    try:
        results.append(float(a))
        results.append(float(a >> (i % 64)))
        results.append(a / b if b else 0.0)
    except OverflowError as e:
        errs[str(e)] = errs.get(str(e), 0) + 1
    for r in results:
        acc = (acc * 1000003 + hash(r) + (r % M if isinstance(r, int) else 0)) % M
    if i % 50 == 0:
        print(i, a % 10**12, b % 10**12, (a * b) % 999999937, divmod(a, b or 1)[1] % 10**9)
print(acc)
print(sorted(errs.items()))
