# cr_frame of a coroutine: present until it finishes, with a live f_back while running.
import sys
async def child():
    f = sys._getframe()
    return f.f_back.f_code.co_name
async def parent():
    return await child()
c = parent()
fr = c.cr_frame
print(fr.f_code.co_name, fr.f_lineno, fr.f_back)
try:
    c.send(None)
except StopIteration as s:
    print("result", s.value)
print(c.cr_frame, c.cr_origin)
class Awaitable:
    def __await__(self):
        yield "suspended"
async def waits():
    marker = 1
    await Awaitable()
    return marker
w = waits()
print(w.send(None))
wf = w.cr_frame
print(wf.f_lineno, sorted(wf.f_locals), wf.f_back)
w.close()
print(w.cr_frame, wf.f_back)
