# sending a non-None value to a just-started generator
def g():
    yield 1
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.send(None))
try:
    it.send(1)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    it.send(1)
except StopIteration:
    print("still stopped")
