# an exhausted or failed generator keeps raising StopIteration
def g():
    yield 1
    raise ValueError("boom")
it = g()
next(it)
try:
    next(it)
except ValueError as e:
    print("first", e)
for _ in range(2):
    try:
        next(it)
    except StopIteration:
        print("StopIteration")
print(it.gi_frame)
it.close()
try:
    it.throw(KeyError("k"))
except KeyError as e:
    print("thrown into finished", e)
