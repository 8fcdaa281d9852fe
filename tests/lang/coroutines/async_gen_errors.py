# Async generator error cases.
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def raises_sai():
    yield 1
    raise StopAsyncIteration
g = raises_sai()
print(run(g.__anext__()))
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
async def raises_si():
    raise StopIteration
    yield
try:
    run(raises_si().__anext__())
except RuntimeError as e:
    print("RuntimeError:", e)
async def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)
async def simple():
    yield 1
g = simple()
a = g.__anext__()
print(run(a))
try:
    run(a)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run(g.athrow(ValueError("thrown")))
except ValueError as e:
    print("ValueError:", e)
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
try:
    run(g.athrow())
except TypeError as e:
    print("TypeError:", e)
for src in ["async def f():\n    yield 1\n    return 2\n", "def f():\n    return [x async for x in y]\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print(run(simple().aclose()))
