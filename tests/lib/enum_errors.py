from enum import Enum, IntEnum, Flag, auto
class C(Enum):
    A = 1
for c in [lambda: C(2), lambda: C["B"], lambda: setattr(C, "A", 2), lambda: delattr(C, "A"),
          lambda: Enum("E", 5), lambda: C.A < C.A]:
    try:
        c()
        print("no error")
    except (ValueError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    class D(Enum):
        X = 1
        X = 2
except TypeError as e:
    print("TypeError", e)
try:
    class M(Enum):
        _sunder_ = 1
except ValueError as e:
    print("ValueError", e)
try:
    class I(IntEnum):
        Q = "notint"
except ValueError as e:
    print("ValueError", e)
class Ok(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
print(Ok.ALPHA.value, C.A.__class__, type(C), C.__members__)
