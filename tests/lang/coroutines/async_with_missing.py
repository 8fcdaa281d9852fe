# async with on objects lacking the protocol
class OnlyEnter:
    async def __aenter__(self):
        return 1
class Sync:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        pass
async def use(o):
    async with o:
        pass
for o in [OnlyEnter(), Sync(), 1]:
    c = use(o)
    try:
        c.send(None)
    except TypeError as e:
        print(e)
    except AttributeError as e:
        print("AttributeError", e)
