# str % args: plain %d of machine ints and the literal text around them,
# including non-ASCII text, big ints, bools and flag combinations.
vals = [0, 7, -7, 2**63 - 1, -2**63, 2**64 + 5, -(2**70), True, False]
for v in vals:
    print("k%d_%s|" % (v, "é"), "[%i]" % v, "%u." % v)
print("%5d|%-5d|%05d|%+d|% d|%.3d" % (42, 42, 42, 42, 42, 42))
print("αβγ %d δ %s € %d" % (1, "x", -2))
print("%d%d%d" % (1, 22, 333), "%%d%d%%" % 9)
print("no args at all %%" % ())
print("😀%d😀" % 12, len("😀%d😀" % 12))


class MyInt(int):
    def __str__(self):
        return "mine"


print("%d %s" % (MyInt(5), MyInt(6)))
print("%d" % 3.99, "%d" % -3.99)
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("abc %", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
