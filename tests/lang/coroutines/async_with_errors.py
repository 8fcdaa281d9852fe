# async with errors: not a context manager, missing __aexit__, non-awaitable results.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class OnlyEnter:
    async def __aenter__(self):
        return 1
class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return False
class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def use(cm):
    async with cm:
        return "body"
for cm in [1, OnlyEnter(), SyncEnter(), SyncExit(), SyncCM()]:
    try:
        print(run(use(cm)))
    except TypeError as e:
        print("TypeError:", e)
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise RuntimeError("exit failed")
async def body_error():
    async with ExitRaises():
        raise ValueError("body")
try:
    run(body_error())
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
