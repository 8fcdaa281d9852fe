from datetime import datetime, date, timedelta, timezone
start = datetime(2023, 12, 31, 22, 0)
for h in (1, 2, 3, 26):
    print(start + timedelta(hours=h))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2023, 3, 1) - date(2022, 3, 1))
print((datetime(2024, 1, 1) - datetime(2023, 1, 1)).days, datetime(2024, 1, 1) - timedelta(microseconds=1))
a = datetime(2024, 3, 10, 12, tzinfo=timezone.utc)
b = datetime(2024, 3, 10, 8, tzinfo=timezone(timedelta(hours=-4)))
print(a == b, a - b, sorted([a, b, a + timedelta(1)])[-1], a.replace(tzinfo=None) > b.replace(tzinfo=None))
print(hash(a) == hash(b), {a: 1}.get(b), a.astimezone(timezone(timedelta(hours=9))).isoformat())
print(datetime.max - datetime.min, date(2024, 1, 31) + timedelta(days=30), date.fromordinal(date(2024, 1, 1).toordinal() + 59))
print(timedelta(days=1) * 1.5, timedelta(hours=25) // timedelta(hours=1), timedelta(seconds=90) / 60)
print(datetime(2020, 2, 29).replace(year=2024), sum([timedelta(1), timedelta(2)], timedelta()))
try:
    datetime(2020, 2, 29).replace(year=2021)
except ValueError:
    print("ValueError")
try:
    datetime.max + timedelta(days=1)
except OverflowError:
    print("OverflowError")
