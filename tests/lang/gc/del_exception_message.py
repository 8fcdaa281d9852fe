# Exceptions raised in __del__ are printed as "Exception ignored in" and ignored.
class Bad:
    def __del__(self):
        raise ValueError("from del")


b = Bad()
del b
print("still running")


class Bad2:
    def __del__(self):
        1 / 0


Bad2()
print("end")
