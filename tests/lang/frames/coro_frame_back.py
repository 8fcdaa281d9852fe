# a suspended coroutine's frame has no f_back; a running one does
import sys
class Y:
    def __await__(self):
        yield
async def c():
    print(sys._getframe().f_back.f_code.co_name)
    await Y()
def driver(co):
    co.send(None)
co = c()
driver(co)
print(co.cr_frame.f_back, co.cr_frame.f_code.co_name)
co.close()
