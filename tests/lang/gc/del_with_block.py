# __exit__ runs before __del__; the context object dies when unbound.
class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False

    def __del__(self):
        print("del ctx")


with Ctx() as c:
    print("body")
print("after with")
del c
print("end")
with Ctx():
    print("anon body")
print("end2")
