# throw() and close() delegate through yield from; gi_yieldfrom, gi_suspended, gi_frame.
def sub():
    try:
        x = yield "sub1"
        print("sub got", x)
        yield "sub2"
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub recovered"
        return "sub result"
    finally:
        print("sub finally")
def outer():
    try:
        r = yield from sub()
        print("outer got result", r)
        yield "outer after"
    except ValueError as e:
        print("outer caught", repr(e))
        yield "outer recovered"
g = outer()
print(g.gi_yieldfrom, g.gi_suspended, g.gi_running)
print(next(g))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_suspended, g.gi_suspended)
print(g.send("hello"))
print(g.throw(KeyError("k")))
print(next(g))
print(g.gi_yieldfrom)
print(g.throw(ValueError("v")))
g.close()
print(g.gi_suspended, g.gi_yieldfrom)
g = outer()
next(g)
sub_gen = g.gi_yieldfrom
g.close()
print("sub closed:", sub_gen.gi_suspended, sub_gen.gi_yieldfrom)
g = outer()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("propagated", repr(e))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(99)
        return self.n
    def throw(self, *a):
        print("It.throw", [type(x).__name__ for x in a])
        raise StopIteration("from throw")
    def close(self):
        print("It.close")
def deleg():
    r = yield from It()
    print("deleg result", r)
    yield "end"
g = deleg()
print(next(g), next(g))
print(g.throw(KeyError))
g = deleg()
next(g)
g.close()
def plain():
    r = yield from [1, 2]
    yield r
g = plain()
next(g)
try:
    g.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    print("plain iter: raised here", e)
g = plain()
print(g.gi_frame is None or g.gi_frame is not None)
