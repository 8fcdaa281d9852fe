# 1 << 3000 and factorial(10000) printed in full, with digit sums
import math
import sys
sys.set_int_max_str_digits(0)
print(1 << 3000)
f = math.factorial(10000)
s = str(f)
print(len(s), s[:60], s[-60:].rstrip('0') or '0')
print(sum(map(int, s)))
print(f % (10**9 + 7), f.bit_length(), f.bit_count())
print(int(s) == f, hex(f)[:40])
print(-(3 ** 2000))
