# awaiting an exhausted coroutine
async def c():
    return 5
co = c()
async def main():
    a = await co
    print("first", a)
    await co
m = main()
try:
    m.send(None)
except RuntimeError as e:
    print(e)
co2 = c()
co2.close()
try:
    co2.send(None)
except RuntimeError as e:
    print(e)
