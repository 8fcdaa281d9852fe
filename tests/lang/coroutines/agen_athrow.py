# athrow() raises at the yield; handled or propagated
async def ag():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "handled " + str(e)
def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = ag()
print(step(g.asend(None)))
print(step(g.athrow(ValueError("v"))))
print(step(g.asend(None)))
try:
    step(g.athrow(KeyError("k")))
except KeyError as e:
    print("propagated", e)
print(step(g.asend(None)) if False else "done")
