import dataclasses
from dataclasses import dataclass, field

@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

p = P(1, 2)
print(p, p == P(1, 2), p == P(1, 3), p < P(2, 0), P(1) <= P(1, 0))
print(dataclasses.asdict(p), dataclasses.astuple(p))
print([f.name for f in dataclasses.fields(P)], dataclasses.is_dataclass(p))
print(dataclasses.replace(p, y=9))
print(P(3).tags is not P(3).tags)
try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
