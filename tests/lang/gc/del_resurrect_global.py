# Resurrecting into a global keeps the object usable; __del__ does not run twice.
import gc

keep = None


class R:
    def __init__(self):
        self.value = 42

    def __del__(self):
        global keep
        print("finalizing")
        keep = self


R()
print(keep.value)
keep = None
gc.collect()
print("end")
