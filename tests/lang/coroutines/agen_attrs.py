# ag_running, ag_frame, ag_code, ag_await and names
async def ag():
    yield 1
g = ag()
print(g.ag_running, g.ag_frame is not None, g.ag_code is ag.__code__)
print(g.__name__, g.__qualname__, type(g).__name__)
print(g.ag_await)
print(bool(ag.__code__.co_flags & 0x200))
print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), hasattr(g, "__next__"))
print(g.__aiter__() is g)
