# The frame type can't be instantiated; its read-only attributes refuse writes.
import sys
f = sys._getframe()
FrameType = type(f)
print(FrameType.__name__)
try:
    FrameType()
except TypeError as e:
    print(e)
for name in ["f_back", "f_code", "f_globals", "f_builtins", "f_locals", "f_lasti"]:
    try:
        setattr(f, name, 1)
    except AttributeError as e:
        print(e)
try:
    f.custom = 1
except AttributeError as e:
    print(type(e).__name__)
print(hasattr(f, "__dict__"))
print(isinstance(f, FrameType), f == f, f != sys._getframe)
