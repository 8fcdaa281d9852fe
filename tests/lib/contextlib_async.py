import contextlib
@contextlib.asynccontextmanager
async def acm(name):
    print("enter", name)
    try:
        yield name * 2
    finally:
        print("exit", name)
async def main():
    async with acm("x") as v:
        print("got", v)
    async with contextlib.AsyncExitStack() as st:
        a = await st.enter_async_context(acm("a"))
        st.callback(print, "sync cb")
        async def acb(): print("async cb")
        st.push_async_callback(acb)
        print("body", a)
    try:
        async with acm("e"):
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError", e)
    class R:
        async def aclose(self): print("aclosed")
    async with contextlib.aclosing(R()):
        pass
    async with contextlib.nullcontext(3) as n:
        print(n)
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("coroutine suspended")
run(main())
