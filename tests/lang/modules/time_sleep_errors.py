import time
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(time.sleep, -1); t(time.sleep, -0.5); t(time.sleep, 'a'); t(time.sleep, float('nan')); t(time.sleep)
t(time.sleep, 1e300); t(time.sleep, 2**80); t(time.sleep, None); t(time.sleep, 0.0001)
t(time.time, 1); t(time.monotonic, 1); t(time.clock_gettime, 'x'); t(time.clock_gettime, 12345)
t(time.clock_settime, 12345); t(time.gmtime, 1, 2); t(time.ctime, 'x'); t(time.localtime, float('nan'))
