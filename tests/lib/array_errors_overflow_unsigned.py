import array
# 'L' is left out: its size follows the platform's C long (4 bytes on wasm32)
for c in 'BHIQ':
    for v in (-1, 256, 70000, 2**31, 2**32, 2**63, 2**64, -10**30, 10**30):
        try:
            array.array(c, [v])
        except OverflowError as e:
            print(c, v, e)
