# CPython's C _datetime wording; Krait runs the pure-Python datetime.py
from datetime import date, datetime, time, timedelta, timezone
for bad in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: time(25),
            lambda: date(1, 1, 1) - timedelta(days=1), lambda: timedelta(days=10 ** 9),
            lambda: date(2020, 1, 1) + 1, lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1).isocalendar())
