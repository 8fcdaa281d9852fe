# a coroutine that's never awaited warns when it's collected
import warnings
warnings.simplefilter("error")
async def job():
    pass
def make():
    c = job()
    del c
try:
    make()
    print("no exception escapes")
except RuntimeWarning as e:
    print("raised", e)
