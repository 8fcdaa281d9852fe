import dataclasses
@dataclasses.dataclass(frozen=True)
class F:
    x: int
    y: str = "a"
f = F(1)
print(f, hash(f) == hash(F(1)), {f: 1}[F(1)])
try:
    f.x = 2
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del f.y
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(isinstance(dataclasses.FrozenInstanceError(), AttributeError))
