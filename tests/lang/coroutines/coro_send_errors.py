# coroutine send/throw/close argument errors
async def c():
    pass
co = c()
for call in (lambda: co.send(), lambda: co.throw(), lambda: co.throw(5), lambda: co.close(1)):
    try:
        call()
    except TypeError as e:
        print(e)
co.close()
