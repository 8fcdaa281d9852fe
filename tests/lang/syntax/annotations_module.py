# Module-level annotations go into __annotations__; annotated without value doesn't bind.
x: int = 5
y: "forward ref"
z: list = []
print(__annotations__)
print(x, z)
print("y" in globals())
(w): int = 3
print("w" in __annotations__, w)
