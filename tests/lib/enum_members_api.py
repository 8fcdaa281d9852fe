from enum import Enum, IntEnum, EnumMeta, unique, auto
class Status(Enum):
    ACTIVE = "a"
    INACTIVE = "i"
    ALIAS = "a"
print(list(Status.__members__), Status.ALIAS.name, Status._value2member_map_["i"], Status("a").name)
print(type(Status) is EnumMeta, isinstance(Status, type), Status.__members__["ALIAS"] is Status.ACTIVE)
print(bool(Status.ACTIVE), hash(Status.ACTIVE) == hash(Status.ACTIVE), Status.ACTIVE != Status.INACTIVE)
print(sorted(Status, key=lambda s: s.value), {Status.ACTIVE: 1}[Status.ALIAS])
class Ord(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Ord.LOW.value, max(Ord), min(Ord).name, Ord.HIGH - Ord.LOW, Ord["HIGH"], Ord(1).name)
class WithNew(Enum):
    def __new__(cls, v, label):
        obj = object.__new__(cls)
        obj._value_ = v
        obj.label = label
        return obj
    A = (1, "first")
    B = (2, "second")
print(WithNew(2).label, WithNew.A.value, WithNew.B)
class Missing(Enum):
    X = 1
    @classmethod
    def _missing_(cls, value):
        return cls.X
print(Missing(42))
try:
    Status.ACTIVE.value = "z"
except AttributeError as e:
    print("AttributeError", e)
try:
    del Status.ACTIVE
except AttributeError as e:
    print("AttributeError", e)
