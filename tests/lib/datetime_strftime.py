from datetime import datetime, date, time, timezone, timedelta
dt = datetime(2009, 7, 5, 8, 4, 3, 12, tzinfo=timezone(timedelta(hours=2), "CEST"))
for f in ["%a %A %w %d %b %B %m %y %Y", "%H %I %p %M %S %f", "%z %Z %j %U %W", "%c", "%x %X", "%%", "%G-W%V-%u", "%-literal"]:
    print(repr(f), "->", dt.strftime(f) if f != "%-literal" else "skip")
print(date(2000, 1, 1).strftime("%A %d %B"), time(23, 59).strftime("%I:%M %p"))
print(datetime.strptime("5 Jul 2009", "%d %b %Y"), datetime.strptime("2009-07-05T08:04:03+0200", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.strptime("12/31/99", "%m/%d/%y").year, datetime.strptime("Monday 2024 1", "%A %Y %W"))
for bad in [("2009", "%d"), ("32 Jan 2009", "%d %b %Y"), ("x", "%Y")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError", e)
print(format(dt, "%Y"), "{:%H:%M}".format(dt), dt.isoformat(timespec="milliseconds"), dt.tzname(), dt.dst())
print(datetime(2024, 1, 1, 12).isoformat(timespec="hours"), datetime(2024, 1, 1).ctime())
try:
    dt.isoformat(timespec="bogus")
except ValueError as e:
    print("ValueError", e)
