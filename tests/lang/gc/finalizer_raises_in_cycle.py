# An exception in the __del__ of cyclic garbage is reported, collection goes on.
import gc


class Bad:
    def __del__(self):
        raise RuntimeError("boom")


b = Bad()
b.me = b
del b
gc.collect()
print("survived")
