import array
# 'l' is left out: its size follows the platform's C long (4 bytes on wasm32)
for c in 'bhiq':
    for v in (200, -200, 40000, -40000, 2**31, -2**31 - 1, 2**63, -2**63 - 1, 10**30):
        try:
            array.array(c, [v])
        except OverflowError as e:
            print(c, v, e)
