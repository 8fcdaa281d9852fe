# close() of the delegating generator closes the subgenerator
def inner():
    try:
        yield 1
    finally:
        print("inner closed")
def outer():
    try:
        yield from inner()
    finally:
        print("outer closed")
it = outer()
next(it)
it.close()
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        print("It.close called")
def o2():
    yield from It()
g = o2(); next(g); g.close()
