# An exception raised in __del__ is printed as "Exception ignored in" and execution goes on.
class Bad:
    def __del__(self):
        raise ValueError("boom in __del__")


b = Bad()
del b
print("still running")
try:
    raise KeyError("pending")
except KeyError as e:
    x = Bad()
    del x
    print("handled", repr(e))
