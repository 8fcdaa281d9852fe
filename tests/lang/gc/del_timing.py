# __del__ runs the moment the last reference goes, in each way the seeds show.
class P:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


p = P("del-statement")
del p
print("after del")
p = P("rebound")
p = P("second")
print("after rebinding")


def scope():
    local = P("local")
    print("leaving")


scope()
print("after call")
l = [P("in-list")]
l.pop()
print("after pop")
d = {"k": P("in-dict")}
d["k"] = 1
print("after overwrite")
s = [P("slice-a"), P("slice-b")]
s[:] = []
print("after slice")
x = P("expr")
x = None
print("end")
p = None
