# str, bytes and bytearray never match sequence patterns; other sequences do.
def f(v):
    match v:
        case [a, b]:
            return "seq2"
        case [*_]:
            return "seq"
        case _:
            return "not a sequence"
for v in ["ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2), range(2), "", [], iter([1, 2]), {1, 2}]:
    print(type(v).__name__, f(v))
