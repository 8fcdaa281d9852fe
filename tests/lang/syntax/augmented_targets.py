# Augmented assignment on names, attributes, subscripts, slices; evaluated once.
class O: pass
o = O(); o.v = 1
d = {"k": [1]}
calls = []
def key():
    calls.append("key")
    return "k"
x = 10
x -= 3; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x ^= 6; x &= 7
print(x)
o.v += 5
d[key()] += [2]
lst = [1, 2, 3]
lst[1:] += [9]
s = "a"; s += "b"
m = [[1, 2]]; m[0] *= 2
print(o.v, d, calls, lst, s, m)
