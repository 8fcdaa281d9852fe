# cr_code, __name__, __qualname__ and repr of coroutines
async def job():
    pass
class K:
    async def m(self):
        pass
c = job()
print(c.cr_code is job.__code__, c.__name__, c.__qualname__)
print(bool(job.__code__.co_flags & 0x80))
m = K().m()
print(m.__qualname__, repr(m).startswith("<coroutine object K.m at"))
c.close(); m.close()
