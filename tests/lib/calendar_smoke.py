import calendar
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4))
print(calendar.monthrange(2024, 2), calendar.month(2024, 2))
print(calendar.monthcalendar(2023, 11))
print(calendar.month_name[1], calendar.day_abbr[0], list(calendar.day_name)[6], calendar.timegm((2000, 1, 1, 0, 0, 0)))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2021, 5))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], calendar.firstweekday())
print(calendar.HTMLCalendar().formatweekday(0), calendar.MONDAY, calendar.SUNDAY)
print(calendar.calendar(2023, m=4)[:200])
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.weekday(2024, 2, 30)]:
    try:
        bad()
    except (calendar.IllegalMonthError, ValueError) as e:
        print(type(e).__name__, e if isinstance(e, calendar.IllegalMonthError) else "")
