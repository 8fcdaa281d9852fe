# Deleting the module's __annotations__ makes a later annotation fail.
a: int = 1
print(__annotations__)
del __annotations__
try:
    b: str = 'b'
except NameError as e:
    print(type(e).__name__, e)
print(b)
__annotations__ = {}
c: float
print(__annotations__)
del __annotations__
d: bytes
