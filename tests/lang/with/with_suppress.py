# __exit__ returning True suppresses the exception
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            print("suppressing", et.__name__, ev)
        return True
with Suppress():
    print("before")
    1 / 0
    print("not reached")
print("after with")
def f():
    with Suppress():
        return "returned through with"
print(f())
for i in range(3):
    with Suppress():
        if i == 1:
            continue
        print("loop", i)
