# cr_running and cr_suspended during execution
async def c():
    print("running", co.cr_running, co.cr_suspended)
co = c()
print(co.cr_running, co.cr_suspended)
try:
    co.send(None)
except StopIteration:
    pass
print(co.cr_running, co.cr_suspended, co.cr_frame)
