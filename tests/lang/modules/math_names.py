import math
print(sorted(n for n in dir(math) if not n.startswith('__')))
print(math.__name__, math.sqrt.__name__, type(math.sqrt).__name__, repr(math.sqrt))
print(math.pi == 3.141592653589793, math.e == 2.718281828459045, math.tau == 2 * math.pi)
print(math.inf > 1e308, math.isnan(math.nan), -math.inf < -1e308, math.copysign(1, math.nan))
