from datetime import timedelta
a = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(a, repr(a), a.total_seconds(), a.days, a.seconds, a.microseconds)
print(-a, abs(-a), a * 2, a / 2, a // 3, a / timedelta(hours=1), a % timedelta(hours=5), divmod(a, timedelta(hours=7)))
print(timedelta(weeks=1, milliseconds=1), timedelta(seconds=-1), timedelta(0), timedelta(days=-1, seconds=5))
print(timedelta(hours=1.5), timedelta.max, timedelta.min, timedelta.resolution, a > timedelta(1), bool(timedelta()))
print(timedelta(microseconds=1.5), timedelta(microseconds=2.5), a * 0.5, round(a.total_seconds()))
try:
    timedelta(days=10 ** 9)
except OverflowError as e:
    print("OverflowError")
try:
    a / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a + 1
except TypeError as e:
    print("TypeError")
