# asend/athrow argument errors
async def ag():
    yield
g = ag()
for call in (lambda: g.asend(), lambda: g.athrow(), lambda: g.aclose(1), lambda: g.athrow(5).send(None)):
    try:
        call()
    except TypeError as e:
        print(e)
