import time
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for v in [0, 1, -1, 59, 86399, 86400, 951782400, 951868800, 1e9, 1234567890.75, -1.5, -1e10, 4102444800,
          253402300799, 253402300800, -62135596800, -62135596801, 2**31, -2**31, 2**55, -2**55, 10**15, -10**15,
          67767976233316800, 67768036191676799]:
    t(time.gmtime, v)
for v in [float('nan'), 1e300, -1e300, 'x', 2**70, 2**63, 2**60, 2**63 - 1, -2**63, 67768036191676800, None]:
    try:
        r = time.gmtime(v)
        print(type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
# Leap years and day-of-year across four centuries.
days = 0
for k in range(0, 200000 * 86400, 7919 * 86400 + 3671):
    g = time.gmtime(k)
    days += g.tm_yday + g.tm_wday
print(days)
