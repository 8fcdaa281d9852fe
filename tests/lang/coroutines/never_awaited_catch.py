# the never-awaited warning can be recorded with catch_warnings
import warnings, gc
async def job():
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    c = job()
    del c
    gc.collect()
print(len(w), w[0].category.__name__ if w else None)
print(str(w[0].message) if w else None)
c = job()
c.close()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    del c
print(len(w))
