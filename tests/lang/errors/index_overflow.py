# Huge indexes: arguments CPython parses as Py_ssize_t say "Python int too
# large to convert to C ssize_t"; subscripts and repeat counts "cannot fit
# 'int' into an index-sized integer"; expandtabs takes a C int.
big = 10**30
cases = [
    "[1].pop(big)", "[1].pop(-big)", "[1].insert(big, 0)", "[1].insert(-big, 0)",
    "bytearray(b'a').pop(big)", "bytearray(b'a').insert(big, 1)", "(1).to_bytes(big, 'big')",
    "'a'.expandtabs(big)", "[1][big]", "(1,)[big]", "'abc'[big]", "b'a'[big]", "[0][big] = 1",
    "'a' * big", "[1] * big", "(1,) * big", "range(10)[big]", "'abc'[big:]", "[1].index(1, big)",
    "'abc'.find('a', big)", "'a'.center(big)",
]
for case in cases:
    try:
        exec(case)
        print(case, 'ok')
    except (OverflowError, IndexError, ValueError, MemoryError) as e:
        print(case, '->', type(e).__name__, e)
