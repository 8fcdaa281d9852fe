# test: full-stderr
# A coroutine that is never awaited warns when it is destroyed.
async def job():
    return 1


job()
c = job()
del c
print("end")
