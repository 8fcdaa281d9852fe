# Module-level annotated assignments fill the module's __annotations__.
import sys

x: int = 3
y: "str"
z: list[int]
(w): int = 4
print(__annotations__)
print(x, w, 'y' in globals(), 'z' in globals())
print(sys.modules[__name__].__annotations__ is __annotations__)
for i in range(2):
    loop_var: float = i
print(list(__annotations__))
x: bytes = b'rebound'
print(__annotations__['x'], x)
