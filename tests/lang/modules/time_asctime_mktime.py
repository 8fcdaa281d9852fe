import time
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(time.asctime, (2020, 1, 1, 0, 0, 0, 0, 1, -1)); t(time.asctime, (2020, 13, 1, 0, 0, 0, 0, 1, -1))
t(time.asctime, (2020, 1, 1, 0, 0, 0, 9, 1, -1)); t(time.asctime, (2020, 1, 5, 9, 8, 7, 6, 5, 0))
t(time.asctime, (1, 2)); t(time.asctime, 'x'); t(time.asctime, (2020, 0, 1, 0, 0, 0, 0, 1, 0))
t(time.asctime, (12345, 12, 31, 23, 59, 61, 6, 366, 1)); t(time.asctime, (-50, 6, 15, 1, 1, 1, 2, 100, 0))
t(time.asctime, time.gmtime(0)); t(time.ctime, 0); t(time.ctime, 1234567890.9); t(time.ctime, -86400 * 365)
t(time.mktime, (1, 2)); t(time.mktime, 5); t(time.mktime, time.gmtime(0)); t(time.mktime, (2020, 1, 1, 0, 0, 0, 0, 1, -1))
t(time.mktime, (2**31, 1, 1, 0, 0, 0, 0, 1, 0)); t(time.mktime, (10**8, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.mktime, (1900, 13, 40, 30, 70, 70, 0, 1, 0)); t(time.mktime, (2020, 1, 1, 0, 0, 0.5, 0, 1, 0))
t(time.mktime, (2020, 2, 30, 0, 0, 0, 0, 0, 0)); t(time.mktime, (2020, 0, 0, 0, 0, 0, 0, 0, 0))
t(time.mktime, (2020, -5, 1, -3, 0, 0, 0, 0, 0))
for v in (0, 1, 1234567890, 951782400, -1000000):
    print(v, time.mktime(time.localtime(v)) == v, time.localtime(v))
