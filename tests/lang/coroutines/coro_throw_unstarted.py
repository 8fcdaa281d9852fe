# throw() into an unstarted coroutine raises without running it
async def c():
    print("never")
co = c()
try:
    co.throw(ValueError("early"))
except ValueError as e:
    print("raised", e)
print(co.cr_frame)
try:
    co.send(None)
except RuntimeError as e:
    print(e)
