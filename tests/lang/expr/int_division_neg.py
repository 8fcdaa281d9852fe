# Floor division and modulo follow floor semantics for every sign combination
for a in (-13, -7, -1, 0, 1, 7, 13):
    row = []
    for b in (-5, -3, -1, 1, 3, 5):
        q, r = a // b, a % b
        assert q * b + r == a
        row.append(str(q) + "," + str(r))
    print(a, ' '.join(row))
for a in (-7.5, 7.5, -0.5):
    for b in (-2, 2, 0.75):
        print(a, b, a // b, a % b)
big = -(10 ** 25)
print(big // 7, big % 7, big // -7, big % -7, (10 ** 25) // -7, (10 ** 25) % -7)
