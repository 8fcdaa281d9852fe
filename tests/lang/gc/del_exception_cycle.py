# An exception in the __del__ of cyclic garbage is reported, collection continues.
import gc


class C:
    def __del__(self):
        raise KeyError("cyc")


a = C()
a.me = a
del a
print("collect", gc.collect())
print("end")
