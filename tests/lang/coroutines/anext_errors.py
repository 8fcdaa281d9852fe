# The TypeErrors of aiter() and anext().
for call in (lambda: aiter(), lambda: aiter(1, 2), lambda: anext(), lambda: anext(1, 2, 3), lambda: aiter([1]),
             lambda: anext(iter([1]))):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


class NoAwait:
    def __anext__(self):
        return 42


aw = anext(NoAwait(), "dflt")
try:
    aw.send(None)
except TypeError as e:
    print("TypeError:", e)
