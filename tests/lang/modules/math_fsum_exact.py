import math
# fsum is exact: each result is the correctly rounded sum of its inputs.
tests = [
    [], [0.0], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],
    [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100],
    [2.0**53 - 1.0, 0.5, 2.0**-54], [1.7976931348623157e308, -1.7976931348623157e308],
    [0.1] * 10, [1e-16] * 10 + [1.0], [-0.0, -0.0], [3.0, -3.0],
    [1.0, 1e100, 1.0, -1e100], [float('inf'), 1.0], [float('-inf'), -1e308],
]
for t in tests:
    print(repr(math.fsum(t)))
for t in ([float('nan'), 1.0], [float('inf'), float('nan')], [1e308, 1e308, -1e308],
          [float('inf'), float('-inf')], [1e308] * 2):
    try:
        print(repr(math.fsum(t)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
