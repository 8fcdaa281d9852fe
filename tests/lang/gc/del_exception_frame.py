# An object referenced only by a handled exception is freed after the except.
class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def fail():
    n = N("in-frame")
    raise RuntimeError("boom")


try:
    fail()
except RuntimeError as e:
    print("caught", e)
print("after except")
try:
    raise ValueError(N("arg"))
except ValueError:
    print("handler")
print("end")
