from datetime import datetime, timedelta, timezone, time
dt = datetime(2024, 1, 31, 23, 59, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="seconds"))
print(dt + timedelta(seconds=45), dt - datetime(2024, 1, 1), dt.date(), dt.time(), dt.timestamp() > 0 or True)
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I"), dt.replace(microsecond=0), dt.weekday())
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(datetime.strptime("2020-03-05 14:30", "%Y-%m-%d %H:%M"), datetime.combine(dt.date(), time(1, 2)))
utc = timezone.utc
a = datetime(2024, 6, 1, 12, tzinfo=utc)
est = timezone(timedelta(hours=-5), "EST")
print(a, a.astimezone(est), a.astimezone(est).tzname(), a.utcoffset(), repr(est), str(est))
print(a == a.astimezone(est), a - a.astimezone(est), timezone(timedelta(hours=5, minutes=30)))
print(datetime.fromtimestamp(0, utc), tuple(datetime(2024, 1, 1).isocalendar()), a.timetuple().tm_yday)
t = time(13, 5, 9, 500)
print(t, t.isoformat(), t.replace(hour=1), time.fromisoformat("04:23:01.000384"), t.strftime("%H|%M"))
try:
    datetime(2024, 1, 1) - a
except TypeError as e:
    print("TypeError")
try:
    datetime(2024, 1, 1) < a
except TypeError as e:
    print("TypeError")
try:
    time(25)
except ValueError as e:
    print("ValueError")
try:
    timezone(timedelta(hours=25))
except ValueError as e:
    print("ValueError")
