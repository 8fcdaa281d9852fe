# Requests no host can back raise MemoryError / OverflowError (never abort or hang).
def t(f):
    try:
        f()
        print("no error")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)


t(lambda: [0] * 10**12)
t(lambda: [1, 2] * 2**61)
t(lambda: "a" * 2**62)
t(lambda: "ab" * 2**62)
t(lambda: (1,) * 2**62)
t(lambda: "a\tb".expandtabs(2**62))
t(lambda: "x".ljust(2**62))
l = [0] * 10
try:
    l *= 2**61
except MemoryError:
    print("MemoryError", len(l))
