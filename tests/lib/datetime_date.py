from datetime import date, timedelta
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), tuple(d.isocalendar()))
print(d.replace(year=2023), d.toordinal(), date.fromordinal(738000), d.timetuple()[:3], d.ctime())
print(date.fromisoformat("2021-12-31"), date(2024, 3, 1) - d, d < date(2025, 1, 1), d.isoformat())
print(d.strftime("%Y/%m/%d %a %b %j"), f"{d:%d.%m.%Y}", date.min, date.max, date.resolution)
print(date(2020, 1, 1).isocalendar().week, d.year, d.month, d.day)
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date.fromisoformat("2023-1-1"), lambda: date(1, 1, 1) - timedelta(days=1)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
try:
    d + 1
except TypeError as e:
    print("TypeError")
