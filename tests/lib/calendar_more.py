import calendar
cal = calendar.Calendar(firstweekday=6)
print(list(cal.iterweekdays()), [d for d in cal.itermonthdates(2024, 2)][:3])
print(cal.monthdayscalendar(2024, 2)[0], cal.yeardayscalendar(2024, 3)[0][0][0])
print(calendar.TextCalendar().formatweek([(1, 0), (2, 1), (0, 2)], 3))
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 6)[:300])
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 1)[:200])
print(calendar.month_abbr[12], list(calendar.month_abbr)[:3], calendar.weekheader(3), calendar.weekheader(9))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2))
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print("IllegalWeekdayError", e)
try:
    calendar.month(2024, 0)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
