# async generator expressions are async generators
async def agen():
    yield 1
    yield 2
async def main():
    ge = (x * 10 async for x in agen())
    print(type(ge).__name__)
    return [v async for v in ge]
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
