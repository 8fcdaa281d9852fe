import time
# Local time in the host zone (the tests run with the same zone for both interpreters).
for v in (0, 1, 86400 * 365, 1234567890, 951782400, -1000000, 2**31):
    lt = time.localtime(v)
    print(v, lt, lt.tm_zone, lt.tm_gmtoff, time.mktime(lt) == v, time.ctime(v))
print(time.localtime(1.9) == time.localtime(1), time.localtime(-0.5) == time.localtime(-1))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.localtime(1234567890)))
lt = time.localtime()
print(type(lt).__name__, len(lt), lt.tm_isdst in (0, 1), isinstance(lt.tm_zone, str), isinstance(lt.tm_gmtoff, int))
print(time.tzset(), isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
