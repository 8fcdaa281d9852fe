# Integer codes accept __index__ objects and bools; reject floats and __int__-only objects.
import struct

class Idx:
    def __index__(self):
        return 7

class IntOnly:
    def __int__(self):
        return 3

print(struct.pack("<i", Idx()), struct.pack("<B", True), struct.pack("<q", False))
for v in [IntOnly(), 2.0, "3", b"\x01"]:
    try:
        struct.pack("i", v)
    except struct.error as e:
        print(type(v).__name__, "error:", e)

class BadIdx:
    def __index__(self):
        raise ValueError("nope")

try:
    struct.pack("i", BadIdx())
except ValueError as e:
    print("ValueError", e)
