# Week numbers and the ISO year (%U %W %V %G %g %j %u %w) around year ends,
# and the composite directives (%c %x %X %D %F %r %R %T %e %C %y) of the C locale.
import datetime
import time
dates = [(1999, 12, 31), (2000, 1, 1), (2000, 1, 2), (2000, 1, 3), (2004, 12, 31), (2005, 1, 1),
         (2008, 12, 29), (2009, 7, 5), (2010, 1, 3), (2010, 1, 4), (2012, 12, 30), (2015, 12, 31),
         (2016, 1, 1), (2020, 12, 31), (2021, 1, 3), (2024, 2, 29), (2026, 12, 27)]
for y, m, d in dates:
    t = datetime.date(y, m, d).timetuple()
    print(time.strftime('%Y-%m-%d %a %U %W %V %G %g %j %u %w', t))
g = time.gmtime(1234567890)
for f in ['%c', '%x', '%X', '%D', '%F', '%r', '%R', '%T', '%e', '%C %y', '%h %b %B %A', '%I %p', '%n|%t|%%']:
    print(repr(f), repr(time.strftime(f, g)))
for h in (0, 1, 11, 12, 13, 23):
    print(h, time.strftime('%I %l %p %H %k', (2020, 1, 1, h, 5, 6, 2, 1, 0)))
for y in (5, 99, 999, 1000, 2000, 12345):
    print(y, time.strftime('%Y|%C|%y|%G|%g', (y, 6, 15, 0, 0, 0, 0, 166, 0)))
