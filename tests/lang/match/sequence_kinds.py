# Which subjects are sequences: list, tuple, range, memoryview and their
# subclasses, but not str, bytes, bytearray, dict, set or iterators.
class MyList(list):
    pass

class MyTuple(tuple):
    pass

def kind(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one %r" % (x,)
        case [x, *_, y]:
            return "many %r..%r" % (x, y)
        case _:
            return "not a sequence"

for v in [[], (), [1], (2,), range(5), range(0), MyList([1, 2, 3]), MyTuple((4,)),
          "abc", "", b"xy", bytearray(b"z"), {1: 2}, {1, 2}, iter([1, 2]), 7,
          memoryview(b"ab")]:
    print(type(v).__name__, kind(v))

match range(10):
    case [first, second, *rest]:
        print(first, second, rest)
match (1, 2, 3, 4, 5):
    case (*head, 4, last):
        print(head, last)
match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
