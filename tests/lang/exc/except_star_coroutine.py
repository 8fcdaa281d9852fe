# except* in coroutines and async generators, driven by hand.
async def work(n):
    result = "clean"
    try:
        if n:
            raise ExceptionGroup("async", [ValueError(n), TypeError(n)])
    except* ValueError as e:
        result = "value part " + repr(e)
    except* TypeError as e:
        print("type part", repr(e))
        if n > 2:
            raise RuntimeError("late")
    return result
def run(coro):
    try:
        coro.send(None)
    except StopIteration as s:
        return s.value
    except BaseException as e:
        return "raised " + repr(e)
print(run(work(0)))
print(run(work(2)))
print(run(work(3)))
async def agen():
    for i in range(3):
        try:
            raise ExceptionGroup("ag", [KeyError(i)])
        except* KeyError as e:
            yield repr(e.exceptions[0])
async def consume():
    return [x async for x in agen()]
print(run(consume()))
