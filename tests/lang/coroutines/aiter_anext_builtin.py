# aiter()/anext() builtins, the default value, and errors
async def ag():
    yield 1
async def main():
    it = aiter(ag())
    print(await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
try:
    main().send(None)
except StopIteration:
    pass
for bad in (lambda: aiter(5), lambda: anext(5), lambda: anext([1])):
    try:
        bad()
    except TypeError as e:
        print(e)
