# athrow() on an unstarted async generator and a finished one
async def ag():
    yield 1
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = ag()
try:
    run(g.athrow(ValueError("x")))
except ValueError as e:
    print("raised", e)
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("finished")
print(run(g.aclose()))
