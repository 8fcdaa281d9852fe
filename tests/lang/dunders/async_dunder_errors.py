# Errors for objects lacking the async protocols
def run(coro):
    # A minimal driver: resume the coroutine until it returns.
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value
class NotAwaitable: pass
class BadAwait:
    def __await__(self): return 5
class NoAenter:
    async def __aexit__(self, *a): pass
class SyncOnly:
    def __iter__(self): return iter([])
async def main():
    for coro in (lambda: NotAwaitable(), lambda: BadAwait()):
        try:
            await coro()
        except TypeError as e:
            print(e)
    try:
        async with NoAenter():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        async for x in SyncOnly():
            pass
    except TypeError as e:
        print(e)
    try:
        with ACMOnly():
            pass
    except NameError as e:
        print(type(e).__name__)
run(main())
