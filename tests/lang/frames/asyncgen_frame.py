# ag_frame of an async generator: the frame until the generator is exhausted.
import sys
async def agen():
    v = 1
    yield sys._getframe().f_lineno
    yield v
a = agen()
fr = a.ag_frame
print(fr.f_code.co_name, fr.f_lineno, sorted(fr.f_locals))
def step(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return s.value
    except StopAsyncIteration:
        return "stop"
print(step(a.__anext__()))
print(a.ag_frame is fr, fr.f_lineno, sorted(fr.f_locals))
print(step(a.__anext__()))
print(step(a.__anext__()))
print(a.ag_frame)
