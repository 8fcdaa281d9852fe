# Argument-count errors of C methods name the type ("str.upper()") and
# functions of modules other than builtins name the module ("sys.getrecursionlimit()").
import sys


class S(str):
    pass


class L(list):
    pass


cases = [
    lambda: 'a'.upper(1),
    lambda: str.upper('a', 1),
    lambda: S('a').upper(1),
    lambda: [].append(),
    lambda: list.append([]),
    lambda: [].append(1, 2),
    lambda: [].append(x=1),
    lambda: 'a'.upper(x=1),
    lambda: len(1, 2),
    lambda: len(),
    lambda: (1).bit_length(2),
    lambda: int.bit_length(1, 2),
    lambda: sys.getrecursionlimit(1),
    lambda: bytes.fromhex(),
    lambda: {}.keys(1),
    lambda: L().copy(1),
    lambda: iter([]).__length_hint__(1),
    lambda: int.mro(1),
    lambda: type.mro(int, 1),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)

bound = [S('a').upper, 'a'.upper, L().append, (5).bit_length, dict.fromkeys, int.from_bytes]
for f in bound[:4]:
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
