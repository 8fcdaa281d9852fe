import types
@types.coroutine
def sleeper(n):
    got = yield ("sleep", n)
    return "woke with %s" % got
async def main():
    r = await sleeper(1)
    print("main got", r)
    return "done"
c = main()
print(c.send(None))
try:
    c.send("bell")
except StopIteration as e:
    print("StopIteration", e.value)
def plain_gen():
    yield 1
wrapped = types.coroutine(plain_gen)
print(wrapped is plain_gen, plain_gen.__code__.co_flags & 0x100 != 0)
class Awaitish:
    def __await__(self):
        yield "aw"
        return 7
async def use():
    return await Awaitish()
u = use()
print(u.send(None))
try:
    u.send(None)
except StopIteration as e:
    print("value", e.value)
async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError", e)
m = main()
print(type(m).__name__, isinstance(sleeper(0), types.GeneratorType))
m.close()
def not_wrapped():
    yield 1
async def awaits_plain():
    await not_wrapped()
try:
    awaits_plain().send(None)
except TypeError as e:
    print("TypeError", e)
