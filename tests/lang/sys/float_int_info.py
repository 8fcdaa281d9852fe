# sys.float_info and sys.int_info: the named tuples and what they say.
import sys

f = sys.float_info
print(f)
print(f.max, f.min, f.epsilon, f.dig, f.mant_dig, f.radix, f.rounds, len(f), f[1])
print(1.0 + f.epsilon > 1.0, 1.0 + f.epsilon / 2 == 1.0, f.max * 2)
i = sys.int_info
print(i)
print(i.default_max_str_digits == sys.get_int_max_str_digits(), len(i))
for t in (type(f), type(i)):
    try:
        t((1,))
    except TypeError as e:
        print("TypeError:", e)
