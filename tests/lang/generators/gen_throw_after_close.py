# send/throw on a closed generator
def g():
    yield 1
it = g()
next(it)
it.close()
try:
    it.send(None)
except StopIteration:
    print("send -> StopIteration")
try:
    it.throw(ValueError("v"))
except ValueError as e:
    print("throw -> ValueError", e)
print(it.close())
