# locals of a closed generator are released
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def g():
    r = R(1)
    yield
    print("unreachable")
it = g()
next(it)
print("closing")
it.close()
print("closed")
