# breaking out of async for leaves the async generator suspended until aclose
async def ag():
    try:
        for i in range(5):
            yield i
    finally:
        print("agen finally")
async def main():
    g = ag()
    async for x in g:
        if x == 1:
            break
    print("broke at", x)
    await g.aclose()
    print("closed")
try:
    main().send(None)
except StopIteration:
    pass
