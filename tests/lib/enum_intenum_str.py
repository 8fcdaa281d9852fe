from enum import IntEnum, Enum, StrEnum, IntFlag
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), str(Num.TWO), f"{Num.TWO}", format(Num.TWO, "03d"), "%d" % Num.TWO)
print(Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, int(Num.TWO), sorted([Num.TWO, 0]))
print(Num(2), [n for n in Num], isinstance(Num.ONE, int))
class S(StrEnum):
    A = "alpha"
    B = "beta"
print(S.A, repr(S.A), str(S.B), f"{S.B}", S.A.upper(), S.A == "alpha", S("beta"))
class MixStr(str, Enum):
    X = "x"
print(str(MixStr.X), repr(MixStr.X), format(MixStr.X), f"{MixStr.X}")
class Mix(int, Enum):
    Q = 4
print(str(Mix.Q), repr(Mix.Q), format(Mix.Q), f"{Mix.Q:>4}")
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, str(P.R | P.W), repr(P.R | P.X), int(P.R | P.W | P.X), format(P.W))
try:
    Num(5)
except ValueError as e:
    print("ValueError", e)
try:
    class BadS(StrEnum):
        Z = 3
except TypeError as e:
    print("TypeError", e)
