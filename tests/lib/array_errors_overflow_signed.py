import array
for c in 'bhilq':
    for v in (200, -200, 40000, -40000, 2**31, -2**31 - 1, 2**63, -2**63 - 1, 10**30):
        try:
            array.array(c, [v])
        except OverflowError as e:
            print(c, v, e)
