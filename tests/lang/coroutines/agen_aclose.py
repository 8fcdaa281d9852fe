# aclose() runs finally; yielding in finally during aclose is an error
async def ag():
    try:
        yield 1
    finally:
        print("finally")
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = ag()
run(g.asend(None))
print(run(g.aclose()))
print(g.ag_frame)
async def bad():
    try:
        yield 1
    finally:
        yield 2
b = bad()
run(b.asend(None))
try:
    run(b.aclose())
except RuntimeError as e:
    print(e)
